students = [
    {"name": "Ann", "grade": 88, "year": 2},
    {"name": "Ben", "grade": 72, "year": 1},
    {"name": "Cat", "grade": 95, "year": 2},
    {"name": "Dov", "grade": 60, "year": 3},
    {"name": "Eli", "grade": 79, "year": 1},
]
by_year = {y: [s["name"] for s in students if s["year"] == y] for y in sorted({s["year"] for s in students})}
print(by_year)
letter = lambda g: "A" if g >= 90 else "B" if g >= 80 else "C" if g >= 70 else "D"
print({s["name"]: letter(s["grade"]) for s in students})
print([s["name"] for s in sorted(students, key=lambda s: s["grade"], reverse=True)][:3])
avg = sum(s["grade"] for s in students) / len(students)
print(f"{avg:.2f}", [s["name"] for s in students if s["grade"] > avg])
names, grades = zip(*[(s["name"], s["grade"]) for s in students])
print(names, grades)
print(dict(zip(names, grades)))
print(list(map(lambda s: s["name"].lower(), filter(lambda s: s["year"] > 1, students))))
curve = [dict(s, grade=min(100, s["grade"] + 5)) for s in students]
print([c["grade"] for c in curve], [s["grade"] for s in students])
print(students[0]["age"])
