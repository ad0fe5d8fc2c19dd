price = 10
cost = $price * 2
