subject = "math"
class = subject
