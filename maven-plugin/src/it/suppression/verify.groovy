import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def service = 'src/main/java/com/acme/bank/AccountService.java'
int refundSave = new File(basedir, service).readLines().findLastIndexOf { it.contains('accounts.save(account)') } + 1

// only refund is reported: its suppression names another rule
def errors = lines.findAll { it.startsWith('[ERROR] ') && it.contains('[lost-update]') }
assert errors.size() == 1 : errors
assert errors[0].startsWith("[ERROR] ${service}:[${refundSave},") : errors[0]

// the three others are counted, and listed with showSuppressed
assert lines.any { it.startsWith('[INFO] RaceGuard: ') && it.contains('; 3 suppressed;') } : 'no summary with 3 suppressed'
def listed = lines.findAll { it.startsWith("[INFO] suppressed: ${service}:[") && it.contains('[lost-update]') }
assert listed.size() == 3 : listed

def run = new JsonSlurper().parse(new File(basedir, 'target/raceguard.sarif')).runs[0]
assert run.results.size() == 1
assert run.results[0].locations[0].physicalLocation.region.startLine == refundSave
assert run.properties.suppressedCount == 3
