TRANSITIONS = {
    ("idle", "start"): "running",
    ("running", "pause"): "paused",
    ("paused", "resume"): "running",
    ("running", "stop"): "idle",
    ("paused", "stop"): "idle",
}
class Machine:
    def __init__(self):
        self.state = "idle"
        self.log = []
    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise RuntimeError(f"invalid event {event!r} in state {self.state!r}")
        self.log.append(f"{self.state} --{event}--> {TRANSITIONS[key]}")
        self.state = TRANSITIONS[key]
m = Machine()
for ev in ["start", "pause", "resume", "stop"]:
    m.fire(ev)
print("\n".join(m.log))
m.fire("pause")
