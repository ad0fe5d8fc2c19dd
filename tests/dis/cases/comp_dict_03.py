x = {i: [j for j in range(i)] for i in range(3)}
