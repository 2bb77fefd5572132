import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
// both builds analyzed the 3 files of com.acme.bank and nothing under generated/ or legacy/
assert !lines.any { it.contains('[lost-update]') || it.contains('LedgerService.java') } : 'an excluded file was analyzed'
assert lines.count { it.startsWith('[INFO] RaceGuard: 0 findings in 3 files;') } == 2 : 'expected two summaries of 3 files'
assert lines.count('[INFO] BUILD SUCCESS') == 2

def run = new JsonSlurper().parse(new File(basedir, 'target/raceguard.sarif')).runs[0]
assert run.results.isEmpty()
