package io.github.raceguard.datalayer;


import io.github.raceguard.types.AnnotationValues;
import io.github.raceguard.types.Names;
import io.github.raceguard.types.TypeRef;
import io.github.raceguard.types.TypeResolver;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Calls that change state outside the database and cannot be rolled back or safely repeated: a
 * message sent (Kafka, RabbitMQ, JMS, RocketMQ, Spring Cloud Stream, SQS/SNS, mail), an HTTP POST or PATCH
 * (RestTemplate, WebClient, RestClient, a Feign or {@code @HttpExchange} client), a payment
 * provider call (Stripe), and calls named like a state change ({@code charge}, {@code send},
 * {@code publish}, {@code refund} ...) on a client whose type is named like one
 * ({@code PaymentGateway}, {@code LedgerClient}, {@code SmsSender}) and has no source body to
 * look into. A call whose arguments or call chain carry an idempotency key is marked so. HTTP PUT
 * and DELETE are outbound too, marked {@link Outbound#repeatable}: they escape a transaction, but
 * repeating them is harmless.
 */
public final class ExternalCalls {

    /**
     * One outbound call.
     *
     * @param description    {@code KafkaTemplate.send}, {@code PaymentGateway.charge}
     * @param idempotencyKey the call passes an idempotency key / request id the receiver dedups on
     * @param repeatable     an operation repeating is harmless for (HTTP PUT / DELETE): it still changes the other
     *                       system (it escapes a transaction), but a second call changes nothing more
     */
    public record Outbound(String description, boolean idempotencyKey, boolean repeatable) {
    }

    /** HTTP operations that change the other side but are idempotent by definition (PUT, DELETE). */
    private static final Map<String, Set<String>> REPEATABLE = Map.of(
            "RestTemplate", Set.of("put", "delete"),
            "RestOperations", Set.of("put", "delete"),
            "WebClient", Set.of("put", "delete"),
            "RestClient", Set.of("put", "delete"));
    private static final Set<String> REPEATABLE_MAPPINGS = Set.of(
            "org.springframework.web.bind.annotation.PutMapping", "org.springframework.web.bind.annotation.DeleteMapping",
            "org.springframework.web.service.annotation.PutExchange", "org.springframework.web.service.annotation.DeleteExchange");

    /** Known messaging / HTTP client types (simple names) and their non-idempotent operations. */
    private static final Map<String, Set<String>> KNOWN = Map.ofEntries(
            Map.entry("KafkaTemplate", Set.of("send", "sendDefault")),
            Map.entry("KafkaOperations", Set.of("send", "sendDefault")),
            Map.entry("RabbitTemplate", Set.of("send", "convertAndSend", "convertSendAndReceive", "sendAndReceive")),
            Map.entry("AmqpTemplate", Set.of("send", "convertAndSend", "convertSendAndReceive", "sendAndReceive")),
            Map.entry("RabbitOperations", Set.of("send", "convertAndSend", "convertSendAndReceive", "sendAndReceive")),
            Map.entry("RabbitMessagingTemplate", Set.of("send", "convertAndSend", "convertSendAndReceive", "sendAndReceive")),
            Map.entry("JmsTemplate", Set.of("send", "convertAndSend", "sendAndReceive")),
            Map.entry("JmsOperations", Set.of("send", "convertAndSend", "sendAndReceive")),
            Map.entry("JmsMessagingTemplate", Set.of("send", "convertAndSend", "convertSendAndReceive", "sendAndReceive")),
            Map.entry("StreamBridge", Set.of("send")),
            Map.entry("JavaMailSender", Set.of("send")),
            Map.entry("MailSender", Set.of("send")),
            Map.entry("SqsTemplate", Set.of("send", "sendMany")),
            Map.entry("SnsTemplate", Set.of("sendNotification", "convertAndSend", "send")),
            Map.entry("SqsClient", Set.of("sendMessage", "sendMessageBatch")),
            Map.entry("SqsAsyncClient", Set.of("sendMessage", "sendMessageBatch")),
            Map.entry("SnsClient", Set.of("publish", "publishBatch")),
            Map.entry("SnsAsyncClient", Set.of("publish", "publishBatch")),
            Map.entry("KinesisClient", Set.of("putRecord", "putRecords")),
            Map.entry("PubSubTemplate", Set.of("publish")),
            Map.entry("RocketMQTemplate", Set.of("send", "syncSend", "asyncSend", "sendOneWay", "convertAndSend", "syncSendOrderly",
                    "asyncSendOrderly", "sendOneWayOrderly", "syncSendDelayTimeSeconds", "syncSendDeliverTimeMills")),
            Map.entry("RestTemplate", Set.of("postForObject", "postForEntity", "postForLocation", "patchForObject", "exchange")),
            Map.entry("RestOperations", Set.of("postForObject", "postForEntity", "postForLocation", "patchForObject", "exchange")),
            Map.entry("WebClient", Set.of("post", "patch")),
            Map.entry("RestClient", Set.of("post", "patch")));

    private static final Set<String> KNOWN_OPERATIONS = KNOWN.values().stream().flatMap(Set::stream).collect(java.util.stream.Collectors.toSet());

    /** Type-name endings of hand-written clients of other systems. */
    private static final Pattern CLIENT_TYPE = Pattern.compile(".*(Gateway|Client|Api|Sender|Publisher|Producer|Notifier|Mailer|Processor|Connector)");
    /** Operation names that change state on the other side. */
    private static final Pattern STATE_CHANGE = Pattern.compile(
            "(charge|capture|pay|payout|refund|transfer|send|publish|post|submit|debit|credit|withdraw|deposit|notify|dispatch"
                    + "|emit|enqueue|authori[sz]e|place|book|create|issue|trigger|initiate)([A-Z0-9_].*)?");
    /** Static HTTP and mail clients (fully qualified) and their operations that reach the other system. */
    private static final Map<String, Set<String>> STATIC_CLIENTS = Map.of(
            "cn.hutool.http.HttpUtil", Set.of("post", "createPost"),
            "cn.hutool.http.HttpRequest", Set.of("post", "put", "patch", "delete"),
            "cn.hutool.extra.mail.MailUtil", Set.of("send", "sendText", "sendHtml"));
    /** Publishers whose "messages" are in-process application events (their listeners are source methods). */
    private static final Set<String> IN_PROCESS = Set.of("ApplicationEventPublisher", "ApplicationContext",
            "ConfigurableApplicationContext", "ApplicationEventMulticaster");
    private static final Set<String> STRIPE_OPERATIONS = Set.of("create", "capture", "confirm");
    private static final Set<String> FEIGN = Set.of("org.springframework.cloud.openfeign.FeignClient");
    private static final Set<String> HTTP_EXCHANGE = Set.of("org.springframework.web.service.annotation.HttpExchange");
    private static final Set<String> NON_IDEMPOTENT_MAPPINGS = Set.of(
            "org.springframework.web.bind.annotation.PostMapping", "org.springframework.web.bind.annotation.PatchMapping",
            "org.springframework.web.service.annotation.PostExchange", "org.springframework.web.service.annotation.PatchExchange");
    private static final Set<String> REQUEST_MAPPING = Set.of("org.springframework.web.bind.annotation.RequestMapping");
    private static final Pattern IDEMPOTENCY_TOKEN = Pattern.compile("idempot|dedup|requestid|request_id|request-id");

    private final TypeResolver resolver;

    public ExternalCalls(TypeResolver resolver) {
        this.resolver = resolver;
    }

    /**
     * The outbound call {@code call} makes, if it is one, for a call the sources declare no
     * method for (a library client); see {@link #ofDeclared} for source interfaces.
     */
    public Optional<Outbound> classify(MethodCallExpr call) {
        String name = call.getNameAsString();
        boolean known = KNOWN_OPERATIONS.contains(name) || name.equals("put") || name.equals("delete") || name.equals("patch");
        boolean stateChange = STATE_CHANGE.matcher(name).matches();
        if (!known && !stateChange || call.getScope().isEmpty()) {
            return Optional.empty();
        }
        Expression scope = call.getScope().get();
        if (scope instanceof NameExpr type && Character.isUpperCase(type.getNameAsString().charAt(0))
                && STRIPE_OPERATIONS.contains(name) && resolver.declaredTypeOf(scope).isEmpty()) {
            return resolver.types().resolve(type.getNameAsString(), call)
                    .filter(fqn -> fqn.startsWith("com.stripe."))
                    .map(fqn -> outbound(call, Names.simpleName(fqn) + "." + name));
        }
        if (!(scope instanceof NameExpr || scope instanceof FieldAccessExpr)) {
            return Optional.empty();
        }
        Optional<TypeRef> receiver = resolver.declaredTypeOf(scope);
        if (receiver.isEmpty()) {
            return scope instanceof NameExpr type && Character.isUpperCase(type.getNameAsString().charAt(0))
                    ? staticCall(call, type.getNameAsString(), name) : Optional.empty();
        }
        String simple = receiver.get().simpleName();
        Set<String> operations = KNOWN.get(simple);
        if (REPEATABLE.getOrDefault(simple, Set.of()).contains(name)
                || name.equals("exchange") && operations != null && mentionsRepeatableHttpMethod(call)) {
            return Optional.of(new Outbound(simple + "." + name, carriesIdempotencyKey(call), true));
        }
        if (operations != null) {
            if (!operations.contains(name) || name.equals("exchange") && !mentionsUnsafeHttpMethod(call)) {
                return Optional.empty();
            }
            return Optional.of(outbound(call, simple + "." + name));
        }
        if (resolver.types().sourceType(receiver.get().name()).isPresent() || IN_PROCESS.contains(simple)) {
            return Optional.empty(); // the call graph resolves calls on source types; application events stay in the JVM
        }
        if (stateChange && CLIENT_TYPE.matcher(simple).matches()) {
            return Optional.of(outbound(call, simple + "." + name));
        }
        return Optional.empty();
    }

    /** {@code HttpUtil.post(url, body)}, {@code HttpRequest.post(url)...execute()}, {@code MailUtil.send(..)}: Hutool's static clients. */
    private Optional<Outbound> staticCall(MethodCallExpr call, String type, String name) {
        Optional<String> fqn = resolver.types().resolve(type, call);
        if (fqn.isEmpty() || !STATIC_CLIENTS.containsKey(fqn.get()) || !STATIC_CLIENTS.get(fqn.get()).contains(name)) {
            return Optional.empty();
        }
        String description = type + "." + name;
        return Optional.of(name.equals("put") || name.equals("delete")
                ? new Outbound(description, carriesIdempotencyKey(call), true) : outbound(call, description));
    }

    /**
     * The outbound call made by calling {@code declared}, a source method without a body (an
     * interface method the sources do not implement): a Feign / {@code @HttpExchange} POST or
     * PATCH, or a state change on a client interface named like one.
     */
    public Optional<Outbound> ofDeclared(MethodCallExpr call, MethodDeclaration declared) {
        Optional<TypeDeclaration<?>> type = declared.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
        if (type.isEmpty() || declared.getBody().isPresent()) {
            return Optional.empty();
        }
        String description = type.get().getNameAsString() + "." + declared.getNameAsString();
        if (Names.hasAnnotation(type.get(), FEIGN) || Names.hasAnnotation(type.get(), HTTP_EXCHANGE)) {
            boolean unsafe = Names.hasAnnotation(declared, NON_IDEMPOTENT_MAPPINGS)
                    || Names.annotation(declared, REQUEST_MAPPING).map(ExternalCalls::postOrPatch).orElse(false);
            if (!unsafe && (Names.hasAnnotation(declared, REPEATABLE_MAPPINGS)
                    || Names.annotation(declared, REQUEST_MAPPING).map(ExternalCalls::putOrDelete).orElse(false))) {
                return Optional.of(new Outbound(description, carriesIdempotencyKey(call), true));
            }
            return unsafe ? Optional.of(outbound(call, description)) : Optional.empty();
        }
        if (STATE_CHANGE.matcher(declared.getNameAsString()).matches() && CLIENT_TYPE.matcher(type.get().getNameAsString()).matches()) {
            return Optional.of(outbound(call, description));
        }
        return Optional.empty();
    }

    private static boolean postOrPatch(AnnotationExpr mapping) {
        String method = AnnotationValues.attribute(mapping, "method").map(Expression::toString).orElse("");
        return method.contains("POST") || method.contains("PATCH");
    }

    private static boolean putOrDelete(AnnotationExpr mapping) {
        String method = AnnotationValues.attribute(mapping, "method").map(Expression::toString).orElse("");
        return method.contains("PUT") || method.contains("DELETE");
    }

    private static boolean mentionsRepeatableHttpMethod(MethodCallExpr call) {
        return call.getArguments().stream().map(Expression::toString).anyMatch(a -> a.endsWith("PUT") || a.endsWith("DELETE"));
    }

    private static boolean mentionsUnsafeHttpMethod(MethodCallExpr call) {
        return call.getArguments().stream().map(Expression::toString).anyMatch(a -> a.endsWith("POST") || a.endsWith("PATCH"));
    }

    private static Outbound outbound(MethodCallExpr call, String description) {
        return new Outbound(description, carriesIdempotencyKey(call), false);
    }

    /** The call, or the fluent chain it belongs to, passes an idempotency key or request id. */
    static boolean carriesIdempotencyKey(MethodCallExpr call) {
        Node top = call;
        for (Node parent = call.getParentNode().orElse(null); parent instanceof MethodCallExpr outer
                && outer.getScope().isPresent() && outer.getScope().get() == top; parent = parent.getParentNode().orElse(null)) {
            top = parent;
        }
        return mentionsKey(top) || keyFlowsIn(top);
    }

    private static boolean mentionsKey(Node node) {
        return IDEMPOTENCY_TOKEN.matcher(node.toString().toLowerCase(Locale.ROOT)).find();
    }

    /** Calls that put a header or entry on a headers object: {@code HttpHeaders.set/add}, a map's {@code put}. */
    private static final Set<String> HEADER_SETTERS = Set.of("set", "add", "setAll", "addAll", "put", "putAll", "header", "headers");

    /**
     * A local variable the call passes (directly or through another local, such as an
     * {@code HttpEntity} built from {@code headers}) carries an idempotency key: its initializer
     * mentions one ({@code RequestEntity.post(..).header("Idempotency-Key", key)}), or a header is
     * set on it with one ({@code headers.set("Idempotency-Key", key)}, {@code headers.add("X-Request-Id", requestId)}).
     */
    private static boolean keyFlowsIn(Node top) {
        Optional<Node> body = top.findAncestor(com.github.javaparser.ast.body.CallableDeclaration.class).map(n -> (Node) n);
        if (body.isEmpty()) {
            return false;
        }
        List<com.github.javaparser.ast.body.VariableDeclarator> locals = body.get().findAll(com.github.javaparser.ast.body.VariableDeclarator.class);
        List<MethodCallExpr> calls = body.get().findAll(MethodCallExpr.class);
        Deque<String> pending = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        top.findAll(NameExpr.class).forEach(n -> pending.add(n.getNameAsString()));
        while (!pending.isEmpty()) {
            String name = pending.poll();
            if (!seen.add(name)) {
                continue;
            }
            for (com.github.javaparser.ast.body.VariableDeclarator local : locals) {
                if (local.getNameAsString().equals(name) && local.getInitializer().isPresent()) {
                    Expression init = local.getInitializer().get();
                    if (mentionsKey(init)) {
                        return true;
                    }
                    init.findAll(NameExpr.class).forEach(n -> pending.add(n.getNameAsString()));
                }
            }
            for (MethodCallExpr setter : calls) {
                if (setter.getScope().filter(sc -> sc instanceof NameExpr n && n.getNameAsString().equals(name)).isPresent()
                        && HEADER_SETTERS.contains(setter.getNameAsString()) && setter.getArguments().stream().anyMatch(ExternalCalls::mentionsKey)) {
                    return true;
                }
            }
        }
        return false;
    }
}
