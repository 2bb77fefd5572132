package io.github.raceguard.context;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;

import java.util.Optional;
import java.util.Set;

/**
 * Methods the framework or the JVM calls, whatever the sources call: request handlers (Spring MVC
 * {@code @RequestMapping} family, JAX-RS {@code @GET/@POST/@Path...}), message listeners
 * ({@code @KafkaListener}, {@code @RabbitListener}, {@code @JmsListener}, {@code @SqsListener},
 * {@code @StreamListener}, ...), {@code @Scheduled} jobs, {@code @EventListener} /
 * {@code @TransactionalEventListener} methods, {@code main}, and overrides of a method no source
 * type declares (a library callback such as {@code Job.execute}, {@code MessageListener.onMessage}).
 * Annotations are matched by simple name, so a run without a classpath sees them too.
 * {@link CallingContexts} adds the other entry points: methods nothing in the sources calls.
 */
public final class EntryPoints {

    private static final Set<String> HANDLERS = Set.of("RequestMapping", "GetMapping", "PostMapping", "PutMapping",
            "DeleteMapping", "PatchMapping", "MessageMapping", "SubscribeMapping", "ExceptionHandler",
            "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "Path");
    private static final Set<String> LISTENERS = Set.of("KafkaListener", "KafkaHandler", "RabbitListener", "RabbitHandler",
            "JmsListener", "SqsListener", "StreamListener", "RocketMQMessageListener", "Incoming", "ServiceActivator");
    private static final Set<String> JOBS = Set.of("Scheduled", "Schedules", "SchedulerLock", "XxlJob", "Async");
    private static final Set<String> EVENTS = Set.of("EventListener", "TransactionalEventListener", "Observes", "ObservesAsync");

    private final CallingContexts structure;

    EntryPoints(CallingContexts structure) {
        this.structure = structure;
    }

    /** What calls {@code method} from outside the sources ("request handler", "main"...), if anything does. */
    public Optional<String> framework(CallableDeclaration<?> method) {
        if (!(method instanceof MethodDeclaration declared)) {
            return Optional.empty();
        }
        for (AnnotationExpr annotation : declared.getAnnotations()) {
            String name = annotation.getName().getIdentifier();
            if (HANDLERS.contains(name)) {
                return Optional.of("request handler");
            }
            if (LISTENERS.contains(name)) {
                return Optional.of("message listener");
            }
            if (JOBS.contains(name)) {
                return Optional.of(name.equals("Async") ? "@Async method" : "scheduled job");
            }
            if (EVENTS.contains(name)) {
                return Optional.of("event listener");
            }
        }
        if (declared.isStatic() && declared.isPublic() && declared.getNameAsString().equals("main")
                && declared.getParameters().size() == 1) {
            return Optional.of("main");
        }
        if (declared.getAnnotations().stream().anyMatch(a -> a.getName().getIdentifier().equals("Override"))
                && structure.overridden(declared).isEmpty()) {
            return Optional.of("override of a library method");
        }
        return Optional.empty();
    }
}
