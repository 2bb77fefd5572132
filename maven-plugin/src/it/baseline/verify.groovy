import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def service = 'src/main/java/com/acme/bank/AccountService.java'

// build 1 wrote the baseline: rule, file, member and statement, no line numbers
def file = new File(basedir, 'raceguard-baseline.json')
def baseline = new JsonSlurper().parse(file)
assert baseline.version == 1
assert baseline.findings.size() == 1
def entry = baseline.findings[0]
assert entry.rule == 'lost-update'
assert entry.file == service
assert entry.member == 'com.acme.bank.AccountService#withdraw'
assert entry.snippet == 'accounts.save(account);'
assert !file.text.contains('"line"')
assert lines.contains('[INFO] RaceGuard: wrote 1 finding to raceguard-baseline.json.')

// builds 2 and 3 both hid the accepted finding, although build 3 moved it
assert lines.count { it.startsWith('[INFO] RaceGuard: ') && it.contains('; 1 baselined;') } == 2 : 'expected two summaries with 1 baselined'
// only deposit (added in build 3) is reported; withdraw never is
def errors = lines.findAll { it.startsWith("[ERROR] ${service}:[") }
assert errors.size() == 1 : errors
int depositSave = new File(basedir, service).readLines().findLastIndexOf { it.contains('accounts.save(account)') } + 1
assert errors[0].startsWith("[ERROR] ${service}:[${depositSave},") : errors[0]
assert lines.any { it =~ /RaceGuard found 1 finding at or above error in baseline/ } : 'no failure summary'

def run = new JsonSlurper().parse(new File(basedir, 'target/raceguard.sarif')).runs[0]
assert run.results.size() == 1
assert run.results[0].locations[0].physicalLocation.region.startLine == depositSave
assert run.properties.baselinedCount == 1
