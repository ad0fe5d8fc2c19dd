# A tiny generator-based task scheduler (tutorial style)
from collections import deque


class Task:
    taskid = 0

    def __init__(self, target):
        Task.taskid += 1
        self.tid = Task.taskid
        self.target = target
        self.sendval = None

    def run(self):
        return self.target.send(self.sendval)


class SystemCall:
    def handle(self):
        pass


class GetTid(SystemCall):
    def handle(self):
        self.task.sendval = self.task.tid
        self.sched.schedule(self.task)


class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.taskmap = {}

    def new(self, target):
        newtask = Task(target)
        self.taskmap[newtask.tid] = newtask
        self.schedule(newtask)
        return newtask.tid

    def exit(self, task):
        print("Task %d terminated" % task.tid)
        del self.taskmap[task.tid]

    def schedule(self, task):
        self.ready.append(task)

    def mainloop(self):
        while self.taskmap:
            task = self.ready.popleft()
            try:
                result = task.run()
                if isinstance(result, SystemCall):
                    result.task = task
                    result.sched = self
                    result.handle()
                    continue
            except StopIteration:
                self.exit(task)
                continue
            self.schedule(task)


def foo():
    mytid = yield GetTid()
    for i in range(5):
        print("I'm foo", mytid)
        yield


def bar():
    mytid = yield GetTid()
    for i in range(3):
        print("I'm bar", mytid)
        yield


sched = Scheduler()
sched.new(foo())
sched.new(bar())
sched.mainloop()
