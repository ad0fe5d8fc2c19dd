import os.path as p
print(p.join("a", "b", "c.txt"), p.join("/abs", "x"), p.join("a", "/b"), p.join("a/", "b"))
print(p.split("dir/sub/file.py"), p.splitext("archive.tar.gz"), p.splitext(".bashrc"), p.splitext("noext"))
print(p.basename("/x/y/z.py"), p.dirname("/x/y/z.py"), p.basename("dir/"), p.dirname("file"))
print(p.isabs("/a"), p.isabs("a"), p.normpath("a/./b/../c//d"), p.normpath("/../x"))
print(p.commonprefix(["/usr/lib", "/usr/local"]), p.relpath("a/b/c", "a"), p.sep if hasattr(p, "sep") else "/")
print(p.exists("mod_os_path_01.py"), p.isfile("mod_os_path_01.py"), p.isdir("pkg_shapes"), p.exists("nope.txt"))
