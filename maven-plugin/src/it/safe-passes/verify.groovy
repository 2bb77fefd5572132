import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
assert !lines.any { it.contains('[lost-update]') } : 'a finding was reported'
assert lines.any { it =~ /RaceGuard: 0 findings in \d+ files/ } : 'no summary'
assert lines.contains('[INFO] BUILD SUCCESS')

def run = new JsonSlurper().parse(new File(basedir, 'target/raceguard.sarif')).runs[0]
assert run.results.isEmpty()
assert run.tool.driver.name == 'RaceGuard'
assert run.tool.driver.rules.any { it.id == 'lost-update' }
