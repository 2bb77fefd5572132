def lines = new File(basedir, 'build.log').readLines()
def stockService = 'services/src/main/java/com/acme/shop/service/StockService.java'
int saveLine = new File(basedir, stockService).readLines().findIndexOf { it.contains('stocks.save(stock)') } + 1

assert lines.contains('[INFO] BUILD SUCCESS') : 'the finding failed the site build'

// the root's page for the whole reactor, paths relative to the reactor root
def aggregate = new File(basedir, 'target/site/raceguard-aggregate.html')
assert aggregate.isFile() : 'target/site/raceguard-aggregate.html not written'
def all = aggregate.getText('UTF-8')
assert all.contains('<div class="raceguard-report">')
assert all.contains("${stockService}:${saveLine}:") : "no ${stockService}:${saveLine} on the aggregate page"
assert !all.contains('PricingService.java:') : 'PricingService (@Version) was flagged'
assert new File(basedir, 'target/site/project-reports.html').getText('UTF-8')
        .contains('<a href="raceguard-aggregate.html">') : 'the root site does not list the aggregate page'
// the pom root has no page of its own
assert !new File(basedir, 'target/site/raceguard.html').exists()

// each module's own page
def services = new File(basedir, 'services/target/site/raceguard.html').getText('UTF-8')
assert services.contains("${stockService}:${saveLine}:")
def domain = new File(basedir, 'domain/target/site/raceguard.html').getText('UTF-8')
assert domain.contains('<div class="raceguard-report">') && !domain.contains('StockService.java:')
// modules get no aggregate page
assert !new File(basedir, 'services/target/site/raceguard-aggregate.html').exists()
