print("importing a module with a syntax error")
import pkg_helpers.mod_syntax_err
