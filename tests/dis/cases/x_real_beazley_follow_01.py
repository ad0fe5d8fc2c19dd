# follow.py -- generator-based tail -f, David Beazley style
import time
import os


def follow(thefile):
    thefile.seek(0, os.SEEK_END)
    while True:
        line = thefile.readline()
        if not line:
            time.sleep(0.1)
            continue
        yield line


def grep(pattern, lines):
    return (line for line in lines if pattern in line)


def coroutine(func):
    def start(*args, **kwargs):
        cr = func(*args, **kwargs)
        next(cr)
        return cr
    return start


@coroutine
def printer():
    while True:
        line = (yield)
        print(line, end="")


@coroutine
def broadcast(targets):
    while True:
        item = (yield)
        for target in targets:
            target.send(item)


@coroutine
def grep_co(pattern, target):
    print("Looking for %s" % pattern)
    try:
        while True:
            line = (yield)
            if pattern in line:
                target.send(line)
    except GeneratorExit:
        print("Going away. Goodbye")


if __name__ == '__main__':
    with open("access-log") as logfile:
        loglines = follow(logfile)
        pylines = grep("python", loglines)
        p = printer()
        b = broadcast([grep_co('python', p), grep_co('ply', p)])
        for line in pylines:
            b.send(line)
