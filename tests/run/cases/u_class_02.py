class Employee:
    raise_pct = 1.04
    count = 0

    def __init__(self, first, last, pay):
        self.first = first
        self.last = last
        self.pay = pay
        Employee.count += 1

    @property
    def email(self):
        return f"{self.first}.{self.last}@company.com".lower()

    @property
    def fullname(self):
        return f"{self.first} {self.last}"

    @fullname.setter
    def fullname(self, name):
        self.first, self.last = name.split(" ")

    @fullname.deleter
    def fullname(self):
        print("Delete name!")
        self.first = None
        self.last = None

    def apply_raise(self):
        self.pay = int(self.pay * self.raise_pct)

    def __repr__(self):
        return f"Employee('{self.first}', '{self.last}', {self.pay})"


class Developer(Employee):
    raise_pct = 1.10

    def __init__(self, first, last, pay, lang):
        super().__init__(first, last, pay)
        self.lang = lang


class Manager(Employee):
    def __init__(self, first, last, pay, employees=None):
        super().__init__(first, last, pay)
        self.employees = [] if employees is None else employees

    def add_emp(self, emp):
        if emp not in self.employees:
            self.employees.append(emp)

    def remove_emp(self, emp):
        if emp in self.employees:
            self.employees.remove(emp)

    def print_emps(self):
        for emp in self.employees:
            print("-->", emp.fullname)


dev1 = Developer("Corey", "Schafer", 50000, "Python")
dev2 = Developer("Test", "Employee", 60000, "Java")
mgr = Manager("Sue", "Smith", 90000, [dev1])
print(mgr.email)
mgr.add_emp(dev2)
mgr.remove_emp(dev1)
mgr.print_emps()
dev1.apply_raise()
mgr.apply_raise()
print(dev1.pay, mgr.pay)
dev2.fullname = "Jane Doe"
print(dev2.email, dev2)
del dev2.fullname
print(dev2.first, Employee.count)
print(isinstance(mgr, Developer), issubclass(Manager, Employee))
help_text = Developer.__init__.__qualname__
print(help_text)
