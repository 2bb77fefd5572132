// each IT project is its own repository: paths are reported relative to its folder
new File(basedir, ".git").mkdirs()
new File(basedir, "reactor/.git").mkdirs()
