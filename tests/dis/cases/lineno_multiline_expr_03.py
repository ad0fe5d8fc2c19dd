def f(o):
    return (o
            .attr
            .method(
                1)
            .other)
