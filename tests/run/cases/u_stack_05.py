# Undo/redo editor with two stacks
class Editor:
    def __init__(self):
        self.text = ""
        self.undo_stack = []
        self.redo_stack = []

    def type(self, s):
        self.undo_stack.append(self.text)
        self.redo_stack.clear()
        self.text += s

    def delete(self, n):
        self.undo_stack.append(self.text)
        self.redo_stack.clear()
        self.text = self.text[:-n] if n else self.text

    def undo(self):
        if not self.undo_stack:
            print("nothing to undo")
            return
        self.redo_stack.append(self.text)
        self.text = self.undo_stack.pop()

    def redo(self):
        if not self.redo_stack:
            print("nothing to redo")
            return
        self.undo_stack.append(self.text)
        self.text = self.redo_stack.pop()


ed = Editor()
script = [("type", "Hello"), ("type", ", world"), ("delete", 5), ("undo",), ("undo",), ("redo",),
          ("type", "!"), ("redo",), ("undo",), ("undo",), ("undo",), ("undo",)]
for op, *args in script:
    getattr(ed, op)(*args)
    print(f"{op:<6} {str(args):<12} -> {ed.text!r}")
print(len(ed.undo_stack), len(ed.redo_stack))
ed.paste("x")
