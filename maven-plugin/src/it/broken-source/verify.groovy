import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def broken = 'src/main/java/com/acme/bank/Broken.java'
assert lines.any { it.startsWith('[WARNING] ') && it.contains(broken) } : "no warning naming ${broken}"
assert !lines.any { it.contains('[lost-update]') } : 'a finding was reported'
assert lines.contains('[INFO] BUILD SUCCESS')

def run = new JsonSlurper().parse(new File(basedir, 'target/raceguard.sarif')).runs[0]
def notifications = run.invocations[0].toolExecutionNotifications
assert notifications.any { n -> n.locations?.any { it.physicalLocation?.artifactLocation?.uri == broken } }
