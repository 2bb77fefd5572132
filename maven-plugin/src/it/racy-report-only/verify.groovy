import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def service = 'src/main/java/com/acme/bank/AccountService.java'

// still logged at its level, but the build passes
assert lines.any { it.startsWith("[ERROR] ${service}:[") && it.contains('[lost-update]') } : 'finding not logged'
assert lines.any { it.contains('RaceGuard: findings do not fail the build (failOnSeverity=none).') } : 'no explanation why the build passes'
assert lines.contains('[INFO] BUILD SUCCESS')

def run = new JsonSlurper().parse(new File(basedir, 'target/raceguard.sarif')).runs[0]
assert run.automationDetails.id == 'raceguard/racy-report-only/'
assert run.results.count { it.ruleId == 'lost-update' && it.locations[0].physicalLocation.artifactLocation.uri == service } == 1

// one INFO line per phase, in order, with counts and times (issue 16)
def phases = lines.findAll { it ==~ /\[INFO\] RaceGuard: (parsed|built the model of|ran the rules on) \d+ files? in \d+\.\d s/ }
assert phases.size() == 3 : "phase lines: ${phases}"
assert phases[0].contains('parsed') && phases[1].contains('built the model of') && phases[2].contains('ran the rules on')

// gitlabFile: GitLab Code Quality JSON, paths relative to the repository root
def issues = new JsonSlurper().parse(new File(basedir, 'target/gl-code-quality-report.json'))
def issue = issues.find { it.check_name == 'lost-update' }
assert issue != null : "no lost-update issue in ${issues}"
assert issue.location.path == service
assert issue.severity == 'critical'
assert issue.location.lines.begin instanceof Integer
assert issue.fingerprint ==~ /[0-9a-f]{64}/
// the HTML report for people: the finding with its rule, file and line
int saveLine = new File(basedir, service).readLines().findIndexOf { it.contains('accounts.save(account)') } + 1
def html = new File(basedir, 'target/raceguard.html')
assert html.isFile() : 'target/raceguard.html not written'
def page = html.getText('UTF-8')
assert page.startsWith('<!DOCTYPE html>')
assert page.contains('lost-update')
assert page.contains("${service}:${saveLine}:") : "no ${service}:${saveLine} in the HTML report"
assert lines.contains('[INFO] RaceGuard: HTML report written to target/raceguard.html')
