package io.github.raceguard.context;


import io.github.raceguard.datalayer.DataLayer;
import io.github.raceguard.datalayer.SqlUpdates;
import io.github.raceguard.types.Names;
import io.github.raceguard.types.TypeIndex;
import io.github.raceguard.types.TypeRef;
import io.github.raceguard.types.TypeResolver;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.type.ClassOrInterfaceType;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scheduled jobs and the distributed locks that keep them to one instance at a time.
 *
 * <p>Jobs: methods annotated {@code @Scheduled} / {@code @Schedules}, and Quartz jobs
 * ({@code Job.execute(JobExecutionContext)}, {@code QuartzJobBean.executeInternal(..)}) unless the
 * project configures a clustered Quartz job store ({@code org.quartz.jobStore.isClustered=true} in
 * an {@code application*.properties/yml} or {@code quartz.properties} next to the sources), which
 * runs each trigger on one node.
 *
 * <p>Distributed locks: ShedLock's {@code @SchedulerLock} on a method, ShedLock's
 * {@code LockingTaskExecutor.executeWithLock} and {@code LockProvider.lock}, Redisson
 * ({@code redisson.getLock(..).lock()/tryLock()}, an {@code RLock}), Spring Integration's
 * {@code LockRegistry.obtain(..).lock()/tryLock()}, and SQL advisory locks
 * ({@code pg_advisory_lock}, {@code pg_try_advisory_xact_lock}, MySQL {@code GET_LOCK},
 * SQL Server {@code sp_getapplock}). A {@code ReentrantLock} or {@code synchronized} is not one.
 */
public final class Scheduling {

    public static final Set<String> SCHEDULED = Set.of("org.springframework.scheduling.annotation.Scheduled",
            "org.springframework.scheduling.annotation.Schedules",
            // Quarkus scheduler (quarkus-scheduler): the same trigger on every node of a cluster
            "io.quarkus.scheduler.Scheduled", "io.quarkus.scheduler.Scheduled.Schedules");
    public static final Set<String> SCHEDULER_LOCK = Set.of("net.javacrumbs.shedlock.spring.annotation.SchedulerLock",
            "net.javacrumbs.shedlock.core.SchedulerLock");
    private static final Set<String> QUARTZ_JOB = Set.of("org.quartz.Job", "org.quartz.InterruptableJob", "org.quartz.StatefulJob");
    private static final Set<String> QUARTZ_JOB_BEAN = Set.of("org.springframework.scheduling.quartz.QuartzJobBean");

    private static final Set<String> LOCK_CALLS = Set.of("lock", "tryLock", "lockInterruptibly", "lockAsync", "tryLockAsync");
    private static final Set<String> REDISSON_LOCK_FACTORIES = Set.of("getLock", "getFairLock", "getSpinLock", "getFencedLock",
            "getMultiLock", "getRedLock");
    private static final Set<String> REDISSON_LOCK_TYPES = Set.of("RLock", "RFencedLock", "RLockReactive", "RLockRx");
    private static final Pattern ADVISORY_LOCK = Pattern.compile(
            "pg_(try_)?advisory_(xact_)?lock|\\bget_lock\\s*\\(|sp_getapplock", Pattern.CASE_INSENSITIVE);
    /** A clustered Quartz job store: Spring's / Quartz's {@code isClustered}, or quarkus-quartz's {@code quarkus.quartz.clustered}. */
    private static final Pattern CLUSTERED = Pattern.compile("(?:isClustered|quarkus\\.quartz\\.clustered)\\s*[:=]\\s*[\"']?true",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> QUARKUS_SCHEDULED = Set.of("io.quarkus.scheduler.Scheduled", "io.quarkus.scheduler.Scheduled.Schedules");

    /**
     * One scheduled job.
     *
     * @param method  the method that runs on schedule
     * @param trigger the {@code @Scheduled} annotation, or null for a Quartz job
     */
    public record Job(MethodDeclaration method, AnnotationExpr trigger) {
        public boolean quartz() {
            return trigger == null;
        }
    }

    private final TypeResolver resolver;
    private final TypeIndex types;
    private volatile Boolean quartzClustered;

    public Scheduling(TypeResolver resolver) {
        this.resolver = resolver;
        this.types = resolver.types();
    }

    /** The job {@code method} is, if it is one. */
    public Optional<Job> job(CallableDeclaration<?> method) {
        if (!(method instanceof MethodDeclaration declared)) {
            return Optional.empty();
        }
        boolean named = declared.getAnnotations().stream().map(a -> a.getName().getIdentifier())
                .anyMatch(n -> n.equals("Scheduled") || n.equals("Schedules"));
        Optional<AnnotationExpr> scheduled = named ? Names.annotation(declared, SCHEDULED) : Optional.empty();
        if (scheduled.isPresent()) {
            // with quarkus-quartz and quarkus.quartz.clustered=true, Quartz fires each Quarkus @Scheduled trigger on one node
            boolean clusteredQuarkus = Names.qualify(scheduled.get().getNameAsString(), scheduled.get(), SCHEDULED)
                    .filter(QUARKUS_SCHEDULED::contains).isPresent() && quartzClustered();
            return clusteredQuarkus ? Optional.empty() : Optional.of(new Job(declared, scheduled.get()));
        }
        String name = declared.getNameAsString();
        if (declared.getParameters().size() == 1 && (name.equals("execute") || name.equals("executeInternal"))
                && declared.getBody().isPresent() && !quartzClustered()
                && declared.findAncestor(ClassOrInterfaceDeclaration.class).map(cls -> isQuartzJob(cls, name, 0)).orElse(false)) {
            return Optional.of(new Job(declared, null));
        }
        return Optional.empty();
    }

    private boolean isQuartzJob(ClassOrInterfaceDeclaration cls, String method, int depth) {
        if (cls.isInterface() || depth > 5) {
            return false;
        }
        Set<String> wanted = method.equals("execute") ? QUARTZ_JOB : QUARTZ_JOB_BEAN;
        for (ClassOrInterfaceType type : method.equals("execute") ? cls.getImplementedTypes() : cls.getExtendedTypes()) {
            if (Names.refersTo(type.getNameWithScope(), cls, wanted)) {
                return true;
            }
        }
        for (ClassOrInterfaceType extended : cls.getExtendedTypes()) {
            Optional<TypeDeclaration<?>> parent = types.resolve(extended.getNameWithScope(), cls).flatMap(types::sourceType);
            if (parent.isPresent() && parent.get() instanceof ClassOrInterfaceDeclaration superclass
                    && isQuartzJob(superclass, method, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /** ShedLock's {@code @SchedulerLock} on {@code method}. */
    public static Optional<AnnotationExpr> schedulerLock(CallableDeclaration<?> method) {
        return Names.annotation(method, SCHEDULER_LOCK);
    }

    /**
     * True when {@code call} acquires a distributed lock: {@code lock()/tryLock()} on a Redisson
     * {@code RLock} or on a lock obtained from a Redisson client or a Spring Integration
     * {@code LockRegistry}, ShedLock's {@code lockProvider.lock(config)}, or a statement taking an
     * SQL advisory lock.
     */
    public boolean isLockAcquisition(MethodCallExpr call) {
        String name = call.getNameAsString();
        if (LOCK_CALLS.contains(name) && call.getScope().isPresent()) {
            Expression scope = call.getScope().get();
            if (name.equals("lock") && call.getArguments().size() == 1 && receiverSimpleName(scope).filter(n -> n.endsWith("LockProvider")).isPresent()) {
                return true;
            }
            if (isDistributedLock(scope)) {
                return true;
            }
        }
        return takesAdvisoryLock(call);
    }

    /** True when a string argument of {@code call} takes an SQL advisory lock. */
    public static boolean takesAdvisoryLock(MethodCallExpr call) {
        for (Expression argument : call.getArguments()) {
            String text = argument instanceof StringLiteralExpr s ? s.asString()
                    : argument instanceof TextBlockLiteralExpr t ? t.asString() : null;
            if (text != null && ADVISORY_LOCK.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code sql} takes an SQL advisory lock. */
    public static boolean isAdvisoryLockStatement(String sql) {
        return sql != null && ADVISORY_LOCK.matcher(sql).find();
    }

    /** ShedLock's {@code lockingTaskExecutor.executeWithLock(task, config)}: the task runs under the lock. */
    public boolean isLockingCallback(MethodCallExpr call) {
        return call.getNameAsString().equals("executeWithLock") && call.getScope().isPresent()
                && receiverSimpleName(call.getScope().get()).filter(n -> n.endsWith("LockingTaskExecutor")).isPresent();
    }

    private boolean isDistributedLock(Expression lock) {
        if (lock instanceof MethodCallExpr factory) {
            return isLockFactoryCall(factory);
        }
        Optional<String> type = receiverSimpleName(lock);
        if (type.filter(REDISSON_LOCK_TYPES::contains).isPresent()) {
            return true;
        }
        if (type.filter(t -> t.equals("Lock")).isPresent() && lock instanceof NameExpr name) {
            // a java.util.concurrent Lock: distributed when it came from a registry or Redisson
            Optional<CallableDeclaration> method = lock.findAncestor(CallableDeclaration.class);
            if (method.isPresent()) {
                for (VariableDeclarator v : ((CallableDeclaration<?>) method.get()).findAll(VariableDeclarator.class)) {
                    if (v.getNameAsString().equals(name.getNameAsString()) && v.getInitializer().isPresent()
                            && v.getInitializer().get() instanceof MethodCallExpr init && isLockFactoryCall(init)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** {@code lockRegistry.obtain(key)}, {@code redisson.getLock(name)}. */
    private boolean isLockFactoryCall(MethodCallExpr call) {
        String name = call.getNameAsString();
        if (call.getScope().isEmpty() || !(name.equals("obtain") || REDISSON_LOCK_FACTORIES.contains(name))) {
            return false;
        }
        Optional<String> receiver = receiverSimpleName(call.getScope().get());
        return receiver.isPresent() && (name.equals("obtain") ? receiver.get().endsWith("LockRegistry")
                : receiver.get().startsWith("Redisson"));
    }

    /** The simple name of the receiver's declared type (fields, parameters, locals): no symbol solver. */
    private Optional<String> receiverSimpleName(Expression scope) {
        if (scope instanceof NameExpr || scope instanceof FieldAccessExpr) {
            return resolver.declaredTypeOf(scope).map(TypeRef::simpleName);
        }
        return Optional.empty();
    }

    /** Leader election and partition ownership checks: only the owning node goes on. */
    private static final Pattern OWNERSHIP = Pattern.compile(
            "(is|am|has|check|should)\\w*(Leader|Master|Owner|Leadership|Partition|Primary)\\w*|owns[A-Z]\\w*|isMine|isResponsibleFor\\w*");
    /** A derived delete by a predicate: {@code deleteByExpiresAtBefore(now)}, {@code removeByStatus(..)}. */
    private static final Pattern DERIVED_DELETE = Pattern.compile("(delete|remove)(All)?By[A-Z]\\w*");
    /** An SQL / JPQL delete with a where clause. */
    private static final Pattern WHERE_DELETE = Pattern.compile("^\\s*delete\\s+(from\\s+)?\\S+(\\s+\\w+)?\\s+where\\s", Pattern.CASE_INSENSITIVE);

    /**
     * The check that restricts {@code at} (a statement of {@code job}) to the owning node, if any:
     * {@code at} lies in the then-branch of {@code if (isLeader())}, or follows
     * {@code if (!isMyPartition(p)) return;} (or {@code continue} / {@code throw}) in an enclosing block.
     */
    public Optional<Expression> ownerCheck(com.github.javaparser.ast.Node at, MethodDeclaration job) {
        for (com.github.javaparser.ast.Node n = at; n != null && n != job; n = n.getParentNode().orElse(null)) {
            com.github.javaparser.ast.Node parent = n.getParentNode().orElse(null);
            if (parent instanceof com.github.javaparser.ast.stmt.IfStmt guard && guard.getThenStmt() == n
                    && ownership(guard.getCondition(), false)) {
                return Optional.of(guard.getCondition());
            }
            if (parent instanceof com.github.javaparser.ast.stmt.BlockStmt block) {
                for (com.github.javaparser.ast.stmt.Statement before : block.getStatements()) {
                    if (before == n) {
                        break;
                    }
                    if (before instanceof com.github.javaparser.ast.stmt.IfStmt guard && guard.getElseStmt().isEmpty()
                            && leaves(guard.getThenStmt()) && ownership(guard.getCondition(), true)) {
                        return Optional.of(guard.getCondition());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean ownership(Expression condition, boolean negated) {
        Expression c = condition;
        while (c instanceof com.github.javaparser.ast.expr.EnclosedExpr e) {
            c = e.getInner();
        }
        if (negated) {
            if (c instanceof com.github.javaparser.ast.expr.UnaryExpr not
                    && not.getOperator() == com.github.javaparser.ast.expr.UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
                return ownership(not.getExpression(), false);
            }
            return c instanceof com.github.javaparser.ast.expr.BinaryExpr or
                    && or.getOperator() == com.github.javaparser.ast.expr.BinaryExpr.Operator.OR
                    && (ownership(or.getLeft(), true) || ownership(or.getRight(), true));
        }
        if (c instanceof com.github.javaparser.ast.expr.BinaryExpr and
                && and.getOperator() == com.github.javaparser.ast.expr.BinaryExpr.Operator.AND) {
            return ownership(and.getLeft(), false) || ownership(and.getRight(), false);
        }
        return c instanceof MethodCallExpr call && OWNERSHIP.matcher(call.getNameAsString()).matches();
    }

    private static boolean leaves(com.github.javaparser.ast.stmt.Statement then) {
        com.github.javaparser.ast.stmt.Statement last = then;
        if (then instanceof com.github.javaparser.ast.stmt.BlockStmt block) {
            if (block.getStatements().isEmpty()) {
                return false;
            }
            last = block.getStatements().getLast().orElseThrow();
        }
        return last.isReturnStmt() || last.isContinueStmt() || last.isThrowStmt();
    }

    /**
     * True when {@code call} deletes the rows a predicate selects, which is idempotent: run twice, on two
     * nodes at once, it leaves the same rows: a derived {@code deleteBy..(..)} with arguments, a
     * repository method ({@code declared}) whose query is a {@code DELETE ... WHERE}, or SQL text
     * {@code DELETE FROM x WHERE ..} passed to the call.
     */
    public static boolean isPredicateDelete(MethodCallExpr call, Optional<MethodDeclaration> declared) {
        if (DERIVED_DELETE.matcher(call.getNameAsString()).matches() && !call.getArguments().isEmpty()
                && declared.map(d -> d.getBody().isEmpty() && queryText(d).map(q -> WHERE_DELETE.matcher(q).find()).orElse(true))
                .orElse(true)) {
            return true;
        }
        if (declared.isPresent() && declared.get().getBody().isEmpty()) {
            return queryText(declared.get()).map(q -> WHERE_DELETE.matcher(q).find()).orElse(false);
        }
        return !call.getArguments().isEmpty() && literal(call.getArgument(0)).map(q -> WHERE_DELETE.matcher(q).find()).orElse(false);
    }

    /**
     * True when {@code access} is a compare-and-set update ({@code update .. set update_time = #{now}
     * where id = #{id} and update_time = #{previous}}, {@code .. where version = :v}): of two nodes
     * running the job at once, one updates the row and the other updates nothing.
     */
    public static boolean isCompareAndSet(DataLayer.Access access) {
        String sql = access.statement() != null ? access.statement() : access.method() != null ? access.method().query() : null;
        return access.kind() == DataLayer.Kind.ATOMIC_UPDATE && sql != null
                && SqlUpdates.isCompareAndSet(sql);
    }

    private static Optional<String> queryText(MethodDeclaration declared) {
        for (AnnotationExpr a : declared.getAnnotations()) {
            String name = a.getName().getIdentifier();
            if (name.equals("Query") || name.equals("Delete")) {
                Optional<Expression> value = a instanceof com.github.javaparser.ast.expr.SingleMemberAnnotationExpr single
                        ? Optional.of(single.getMemberValue())
                        : a instanceof com.github.javaparser.ast.expr.NormalAnnotationExpr normal
                        ? normal.getPairs().stream().filter(p -> p.getNameAsString().equals("value")).map(p -> p.getValue()).findFirst()
                        : Optional.empty();
                return value.flatMap(Scheduling::literal);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> literal(Expression e) {
        if (e instanceof StringLiteralExpr s) {
            return Optional.of(s.getValue());
        }
        if (e instanceof TextBlockLiteralExpr t) {
            return Optional.of(t.getValue());
        }
        if (e instanceof com.github.javaparser.ast.expr.ArrayInitializerExpr array && array.getValues().size() == 1) {
            return literal(array.getValues().get(0));
        }
        return Optional.empty();
    }

    /** True when the project configures a clustered Quartz job store. */
    public boolean quartzClustered() {
        Boolean known = quartzClustered;
        if (known == null) {
            known = findClusteredConfiguration();
            quartzClustered = known;
        }
        return known;
    }

    private boolean findClusteredConfiguration() {
        Set<Path> resourceFolders = new HashSet<>();
        for (TypeDeclaration<?> type : types.sourceTypes()) {
            Optional<CompilationUnit> unit = type.findCompilationUnit();
            Optional<Path> file = unit.flatMap(CompilationUnit::getStorage).map(CompilationUnit.Storage::getPath);
            if (file.isEmpty()) {
                continue;
            }
            Path root = file.get().getParent();
            String pkg = unit.get().getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
            for (int i = pkg.isEmpty() ? 0 : pkg.split("\\.").length; i > 0 && root != null; i--) {
                root = root.getParent();
            }
            if (root != null && root.getParent() != null) {
                // where Spring Boot reads configuration: classpath:/ and classpath:/config/, ./ and ./config/ of the module
                Path resources = root.getParent().resolve("resources");
                resourceFolders.add(resources);
                resourceFolders.add(resources.resolve("config"));
                Path src = root.getParent().getParent();
                if (src != null && src.getParent() != null && src.getFileName() != null && src.getFileName().toString().equals("src")) {
                    resourceFolders.add(src.getParent());
                    resourceFolders.add(src.getParent().resolve("config"));
                }
            }
        }
        for (Path folder : resourceFolders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder,
                    "{application*.properties,application*.yml,application*.yaml,quartz.properties}")) {
                for (Path file : files) {
                    if (CLUSTERED.matcher(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1)).find()) {
                        return true;
                    }
                }
            } catch (IOException e) {
                // unreadable configuration: assume a non-clustered store
            }
        }
        return false;
    }
}
