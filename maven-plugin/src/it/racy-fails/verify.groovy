import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def service = 'src/main/java/com/acme/bank/AccountService.java'
int saveLine = new File(basedir, service).readLines().findIndexOf { it.contains('accounts.save(account)') } + 1

// the finding, Checkstyle-style, path relative to the repository root
def error = lines.find { it.startsWith("[ERROR] ${service}:[") }
assert error != null : "no [ERROR] line for ${service}"
assert error ==~ /\[ERROR\] \Q${service}\E:\[${saveLine},\d+\] \[lost-update\] \S.*/ : error
// the build failed because of RaceGuard, with a one-line summary
assert lines.any { it =~ /RaceGuard found \d+ findings? at or above error in racy-fails/ } : 'no failure summary'
assert lines.contains('[INFO] BUILD FAILURE')

def sarif = new JsonSlurper().parse(new File(basedir, 'target/raceguard.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs.size() == 1
def run = sarif.runs[0]
assert run.automationDetails.id == 'raceguard/racy-fails/'
def results = run.results.findAll { it.ruleId == 'lost-update' }
assert results.size() == 1
assert results[0].level == 'error'
def location = results[0].locations[0].physicalLocation
assert location.artifactLocation.uri == service
assert location.artifactLocation.uriBaseId == '%SRCROOT%'
assert location.region.startLine == saveLine
