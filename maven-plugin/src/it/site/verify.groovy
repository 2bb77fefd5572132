def lines = new File(basedir, 'build.log').readLines()

// 1. the single module
def service = 'src/main/java/com/acme/bank/AccountService.java'
int saveLine = new File(basedir, service).readLines().findIndexOf { it.contains('accounts.save(account)') } + 1

assert lines.count('[INFO] BUILD SUCCESS') == 2 : 'a finding failed a site build'

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

// 2. the reactor
def reactor = new File(basedir, 'reactor')
def stockService = 'services/src/main/java/com/acme/shop/service/StockService.java'
int stockSaveLine = new File(reactor, stockService).readLines().findIndexOf { it.contains('stocks.save(stock)') } + 1

// the root's page for the whole reactor, paths relative to the reactor root
def aggregate = new File(reactor, 'target/site/raceguard-aggregate.html')
assert aggregate.isFile() : 'target/site/raceguard-aggregate.html not written'
def all = aggregate.getText('UTF-8')
assert all.contains('<div class="raceguard-report">')
assert all.contains("${stockService}:${stockSaveLine}:") : "no ${stockService}:${stockSaveLine} on the aggregate page"
assert !all.contains('PricingService.java:') : 'PricingService (@Version) was flagged'
assert new File(reactor, 'target/site/project-reports.html').getText('UTF-8')
        .contains('<a href="raceguard-aggregate.html">') : 'the root site does not list the aggregate page'
// the pom root has no page of its own
assert !new File(reactor, 'target/site/raceguard.html').exists()

// each module's own page
def services = new File(reactor, 'services/target/site/raceguard.html').getText('UTF-8')
assert services.contains("${stockService}:${stockSaveLine}:")
def domain = new File(reactor, 'domain/target/site/raceguard.html').getText('UTF-8')
assert domain.contains('<div class="raceguard-report">') && !domain.contains('StockService.java:')
// modules get no aggregate page
assert !new File(reactor, 'services/target/site/raceguard-aggregate.html').exists()
