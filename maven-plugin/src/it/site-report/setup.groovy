// the IT project is its own repository: paths are reported relative to this folder
new File(basedir, ".git").mkdirs()
