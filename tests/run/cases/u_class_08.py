# Library system
class Book:
    def __init__(self, title, author, isbn):
        self.title = title
        self.author = author
        self.isbn = isbn
        self.available = True

    def __str__(self):
        status = "available" if self.available else "checked out"
        return f"'{self.title}' by {self.author} ({status})"


class Member:
    MAX_BOOKS = 2

    def __init__(self, name):
        self.name = name
        self.books = []

    def can_borrow(self):
        return len(self.books) < self.MAX_BOOKS


class PremiumMember(Member):
    MAX_BOOKS = 5


class LibraryError(Exception):
    pass


class Library:
    def __init__(self):
        self.catalog = {}

    def add(self, book):
        self.catalog[book.isbn] = book

    def checkout(self, isbn, member):
        book = self.catalog.get(isbn)
        if book is None:
            raise LibraryError(f"no book with ISBN {isbn}")
        if not book.available:
            raise LibraryError(f"{book.title!r} is already checked out")
        if not member.can_borrow():
            raise LibraryError(f"{member.name} has reached the limit of {member.MAX_BOOKS}")
        book.available = False
        member.books.append(book)

    def report(self):
        for isbn in sorted(self.catalog):
            print(isbn, self.catalog[isbn])


lib = Library()
for i, (t, a) in enumerate([("Dune", "Herbert"), ("Emma", "Austen"), ("Ulysses", "Joyce"), ("Beloved", "Morrison")]):
    lib.add(Book(t, a, 1000 + i))
alice = Member("Alice")
bob = PremiumMember("Bob")
attempts = [(1000, alice), (1001, alice), (1002, alice), (1000, bob), (1002, bob), (9999, bob)]
for isbn, m in attempts:
    try:
        lib.checkout(isbn, m)
        print(f"{m.name} borrowed {isbn}")
    except LibraryError as e:
        print("LibraryError:", e)
lib.report()
print([b.title for b in bob.books])
