import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def stockService = 'services/src/main/java/com/acme/shop/service/StockService.java'
int saveLine = new File(basedir, stockService).readLines().findIndexOf { it.contains('stocks.save(stock)') } + 1

// the pom module is skipped with an info line
assert lines.contains('[INFO] RaceGuard: skipping reactor-root, a module of packaging pom has no sources.')
// the unversioned entity of the sibling module is flagged, the path relative to the reactor root ...
assert lines.any { it.startsWith("[ERROR] ${stockService}:[${saveLine},") && it.contains('[lost-update]') } :
        "no [ERROR] line for ${stockService}:${saveLine}"
// ... the versioned one is not
assert !lines.any { it.contains('PricingService.java') && it.contains('[lost-update]') } : 'PricingService (@Version) was flagged'
assert lines.any { it =~ /RaceGuard found 1 finding at or above error in services/ } : 'no failure summary'

def slurper = new JsonSlurper()
def domain = slurper.parse(new File(basedir, 'domain/target/raceguard.sarif')).runs
assert domain.size() == 1
assert domain[0].automationDetails.id == 'raceguard/domain/'
assert domain[0].results.isEmpty()

def services = slurper.parse(new File(basedir, 'services/target/raceguard.sarif')).runs
assert services.size() == 1
assert services[0].automationDetails.id == 'raceguard/services/'
assert services[0].results*.ruleId == ['lost-update']
assert services[0].results[0].locations[0].physicalLocation.artifactLocation.uri == stockService

// aggregate: one run for the whole reactor at the top-level target/
def merged = slurper.parse(new File(basedir, 'target/raceguard.sarif')).runs
assert merged.size() == 1
assert merged[0].automationDetails.id == 'raceguard/reactor-root/'
assert merged[0].results.collect { it.locations[0].physicalLocation.artifactLocation.uri } == [stockService]

// aggregate HTML: the merged findings in one page beside the merged SARIF; each module has its own
def reactorPage = new File(basedir, 'target/raceguard.html').getText('UTF-8')
assert reactorPage.contains("${stockService}:${saveLine}:") && reactorPage.contains('lost-update')
assert new File(basedir, 'services/target/raceguard.html').getText('UTF-8').contains("${stockService}:${saveLine}:")
assert !new File(basedir, 'domain/target/raceguard.html').getText('UTF-8').contains('StockService.java')
