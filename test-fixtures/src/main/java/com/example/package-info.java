/**
 * RaceGuard test fixtures: realistic Spring application code (JPA, JDBC, MongoDB, Redis, MyBatis,
 * scheduling, retries, in-memory state) that the analyzer's
 * fixture test parses and analyzes. The code is compiled (so it is real, type-correct Java)
 * but never run.
 *
 * <h2>Marker convention</h2>
 * A line that must carry a finding ends with a line comment (two slashes) whose text is
 * <code>expect&#58; RULE-ID</code>, for example (slashes and colon written as HTML entities here
 * so that this documentation itself carries no marker):
 * <pre>
 *     productRepository.save(product); &#47;&#47; expect&#58; lost-update
 *     account.debit(amount);           &#47;&#47; expect&#58; lost-update-weak-isolation
 * </pre>
 * Several ids on one line are separated by commas. The fixture test
 * asserts both directions: every marker has its finding on exactly that line, and no finding is
 * reported on a line without a marker. Methods without a marker are deliberately protected
 * (a {@code @Version}, a pessimistic lock taken inside an effective transaction, an atomic
 * {@code @Modifying} update, {@code SERIALIZABLE} isolation) or are not read-modify-write at all
 * (inserts of new entities, read-only queries, changes that are never written back); comments
 * next to them say why.
 *
 * <h2>Where markers go</h2>
 * <ul>
 *   <li>On the write statement ({@code save}, {@code saveAll}, {@code saveAndFlush}, or a bulk
 *       {@code @Modifying} update fed with a value computed from the read entity).</li>
 *   <li>For JPA dirty checking (a managed entity changed inside a transaction with no
 *       {@code save}), on the single mutating statement.</li>
 *   <li>When a public method composes private helpers (read in one, write in another), on the
 *       statement of the composing method that leads to the write; when one private helper
 *       performs the whole read-modify-write, on the helper's write, judged in the transactional
 *       context of its callers.</li>
 * </ul>
 *
 * <p>Method and class names describe the business operation only; nothing in a name hints at
 * the expected outcome. The markers name every rule of the catalog; each package is one small
 * domain: {@code billing}, {@code booking}, {@code catalogcache}, {@code common}, {@code coupons}, {@code crm}, {@code formatting}, {@code ids}, {@code inventory}, {@code jobs}, {@code ledger}, {@code loyalty}, {@code metrics}, {@code newsletter}, {@code notifications}, {@code ordering}, {@code profiles}, {@code ratelimit}, {@code referrals}, {@code sessions}, {@code shipping}, {@code signup}, {@code tagging}, {@code wallet}; shapes met in real applications are under {@code realcode}.
 */
package com.example;
