from pkg_helpers import mod_with_main
print("main script __name__:", __name__)
print(mod_with_main.run())
