def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[INFO] RaceGuard skipped (raceguard.skip).')
assert !lines.any { it.contains('[lost-update]') } : 'a finding was reported'
assert lines.contains('[INFO] BUILD SUCCESS')
assert new File(basedir, 'target/classes/com/acme/bank/AccountService.class').isFile()
assert !new File(basedir, 'target/raceguard.sarif').exists()
