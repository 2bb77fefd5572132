def lines = new File(basedir, 'build.log').readLines()
def service = 'src/main/java/com/acme/bank/AccountService.java'
int saveLine = new File(basedir, service).readLines().findIndexOf { it.contains('accounts.save(account)') } + 1

assert lines.contains('[INFO] BUILD SUCCESS') : 'the finding failed the site build'

// the RaceGuard page of the site: the report's own markup inside the site's layout, unescaped
def page = new File(basedir, 'target/site/raceguard.html')
assert page.isFile() : 'target/site/raceguard.html not written'
def html = page.getText('UTF-8')
assert html.contains('<div class="raceguard-report">') : 'the report fragment is missing or escaped'
assert !html.contains('&lt;div class=&quot;raceguard-report') : 'the report fragment was escaped'
assert html.contains('lost-update')
assert html.contains("${service}:${saveLine}:") : "no ${service}:${saveLine} on the RaceGuard page"
assert html.contains('<title>') && html.contains('RaceGuard')

// the site links to it: the index page's navigation has "Project Reports" (collapsed, as for
// every report), whose page and menu list "RaceGuard"
def index = new File(basedir, 'target/site/index.html').getText('UTF-8')
assert index.contains('<a href="project-reports.html">') : 'index.html does not link to the Project Reports'
def reports = new File(basedir, 'target/site/project-reports.html').getText('UTF-8')
assert reports.contains('<a href="raceguard.html">RaceGuard</a>') : 'project-reports.html does not list the RaceGuard page'

// a single-module build gets no aggregate page (its report page is the same)
assert !new File(basedir, 'target/site/raceguard-aggregate.html').exists()
