"""`cmake --install` puts the package where Debian's /usr/bin/python3 looks,
and the installed copy works on its own."""

import os
import subprocess
import tempfile
import unittest
from pathlib import Path

BUILD_DIR = os.environ.get("DATELINE_BUILD_DIR")
PYTHON = "/usr/bin/python3"


@unittest.skipUnless(BUILD_DIR, "DATELINE_BUILD_DIR not set (ctest sets it)")
class Install(unittest.TestCase):
    def test_installed_package_is_on_debian_pythons_path(self):
        with tempfile.TemporaryDirectory() as destdir:
            subprocess.run(["cmake", "--install", BUILD_DIR], env=dict(os.environ, DESTDIR=destdir),
                           check=True, capture_output=True)
            [init] = Path(destdir).rglob("dateline/__init__.py")
            site = "/" + str(init.parent.parent.relative_to(destdir))
            # -I: no PYTHONPATH, no user site: the interpreter's own path.
            path = subprocess.run([PYTHON, "-I", "-c", "import sys; print('\\n'.join(sys.path))"],
                                  check=True, capture_output=True, text=True).stdout.split()
            self.assertIn(site, path)
            for name in ["__init__.pyi", "py.typed"]:
                self.assertTrue((init.parent / name).exists(), name)
            check = ("import sys; sys.path.insert(0, sys.argv[1]); import dateline; "
                     "assert dateline.__file__.startswith(sys.argv[1]), dateline.__file__; "
                     "print(dateline.extract('on Nov. 5', '2024-10-02')[0]['value'])")
            out = subprocess.run([PYTHON, "-I", "-c", check, str(init.parent.parent)],
                                 check=True, capture_output=True, text=True, cwd=destdir).stdout
            self.assertEqual(out.strip(), "2024-11-05")


if __name__ == "__main__":
    unittest.main()
