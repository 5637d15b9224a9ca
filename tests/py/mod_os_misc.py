# os module facts independent of the machine: sep, linesep, name, path helpers on literal strings
import os
print(os.sep, repr(os.linesep), os.name, os.curdir, os.pardir, os.extsep, os.pathsep)
print(os.path.join("a", "b", "c.txt"), os.path.join("/root", "x"), os.path.join("a", "/abs", "b"), os.path.join("a", ""))
print(os.path.basename("/usr/lib/file.tar.gz"), os.path.dirname("/usr/lib/file.tar.gz"), os.path.split("/a/b/c"), os.path.split("noslash"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("noext"), os.path.splitext("a.b/c"))
print(os.path.isabs("/x"), os.path.isabs("x/y"), os.path.normpath("a//b/./c/../d"), os.path.normpath("/../x"), os.path.normpath(""))
print(os.path.exists("/krait/definitely/not/here"), os.path.isfile("/krait/nope"), os.path.isdir("/krait/nope"))
print(type(os.getcwd()).__name__, os.path.isabs(os.getcwd()), os.path.isdir(os.getcwd()), type(os.getpid()).__name__)
print(os.path.exists(__file__), os.path.basename(__file__).endswith(".py"))
try:
    os.listdir("/krait/definitely/not/here")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
print(os.path.join(*["p", "q", "r"]), "/".join(["p", "q"]) == os.path.join("p", "q"), os.path.commonprefix(["/usr/lib", "/usr/local"]))
print(os.path.join("dir", "sub", ""), os.path.basename("/trailing/"), os.path.dirname("file"), os.path.dirname("/"))
print(os.path.splitext("/a.b/c.d.e"), os.path.splitext("name."), os.path.split("/"), os.path.split("a/"))
print(os.path.normpath("./x/../../y"), os.path.normpath("//a//b"), os.path.normpath("a/b/"), os.path.isabs(""))
parts = "usr/local/bin/tool".split("/")
print(os.path.join(*parts), os.sep.join(parts) == os.path.join(*parts))
print(os.path.splitext(os.path.basename("/x/y/report.final.pdf"))[0])
try:
    os.path.join("a", 5)
except TypeError as e:
    print(type(e).__name__, e)
