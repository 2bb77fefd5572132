package io.github.raceguard.context;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import io.github.raceguard.source.ParsedFile;
import io.github.raceguard.types.AnnotationValues;
import io.github.raceguard.types.TypeIndex;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Messaging facts: which methods consume messages from an at-least-once transport (a broker that
 * redelivers a message whose handling did not acknowledge it: Kafka, RabbitMQ, JMS, SQS,
 * RocketMQ, Spring Cloud Stream), and which message senders take part in the database
 * transaction (Kafka producers with a {@code transaction-id-prefix}, transacted JMS sessions and
 * Rabbit channels, JTA), so a send made in a transaction is held back until it commits.
 * Annotations are matched by simple name, so a run without a classpath sees them too.
 */
public final class Messaging {

    /**
     * A message listener.
     *
     * @param transport "Kafka", "RabbitMQ", "JMS", "SQS", "RocketMQ", "Spring Cloud Stream"
     * @param construct what makes it one: {@code @KafkaListener}, {@code Consumer<..> bean}
     * @param anchor    the node a finding is reported on (the method's name)
     * @param function  for a Spring Cloud Stream functional bean, the lambda or method reference the
     *                  bean method returns (what runs per message); null for a listener method
     */
    public record Listener(String transport, String construct, Node anchor, Expression function) {
    }

    private static final Map<String, String> LISTENER_ANNOTATIONS = Map.of(
            "KafkaListener", "Kafka", "KafkaHandler", "Kafka",
            "RabbitListener", "RabbitMQ", "RabbitHandler", "RabbitMQ",
            "JmsListener", "JMS", "SqsListener", "SQS", "StreamListener", "Spring Cloud Stream");
    /** Listener interfaces (by fully qualified name) whose {@code onMessage} a container calls. */
    private static final Map<String, String> LISTENER_INTERFACES = Map.ofEntries(
            Map.entry("jakarta.jms.MessageListener", "JMS"), Map.entry("javax.jms.MessageListener", "JMS"),
            Map.entry("org.springframework.jms.listener.SessionAwareMessageListener", "JMS"),
            Map.entry("org.springframework.amqp.core.MessageListener", "RabbitMQ"),
            Map.entry("org.springframework.amqp.rabbit.listener.api.ChannelAwareMessageListener", "RabbitMQ"),
            Map.entry("org.springframework.kafka.listener.MessageListener", "Kafka"),
            Map.entry("org.springframework.kafka.listener.AcknowledgingMessageListener", "Kafka"),
            Map.entry("org.apache.rocketmq.spring.core.RocketMQListener", "RocketMQ"),
            Map.entry("org.apache.rocketmq.client.consumer.listener.MessageListenerConcurrently", "RocketMQ"),
            Map.entry("org.apache.rocketmq.client.consumer.listener.MessageListenerOrderly", "RocketMQ"));
    /** The method a listener interface's container calls per delivery. */
    private static final Set<String> LISTENER_METHODS = Set.of("onMessage", "consumeMessage");
    private static final Set<String> FUNCTIONS = Set.of("java.util.function.Consumer", "java.util.function.Function");
    private static final Set<String> SYNCHRONIZED_SENDS = Set.of("setSessionTransacted", "setChannelTransacted");

    private final TypeIndex types;
    private final CallGraph callGraph;
    private final List<ParsedFile> files;
    private final List<Path> resources;
    private volatile Config config;

    /** What the configuration says, read once on first use. */
    private record Config(boolean cloudStream, boolean kafkaTransactions, boolean jmsTransacted, boolean rabbitTransacted, boolean jta) {
    }

    public Messaging(TypeIndex types, CallGraph callGraph, List<ParsedFile> files, List<Path> resources) {
        this.types = types;
        this.callGraph = callGraph;
        this.files = List.copyOf(files);
        this.resources = List.copyOf(resources);
    }

    /** The listener {@code method} is, if the transport calls it once per delivered message. */
    public Optional<Listener> listener(CallableDeclaration<?> method) {
        if (!(method instanceof MethodDeclaration declared) || declared.getBody().isEmpty()) {
            return Optional.empty();
        }
        for (AnnotationExpr annotation : declared.getAnnotations()) {
            String transport = LISTENER_ANNOTATIONS.get(annotation.getName().getIdentifier());
            if (transport != null) {
                return Optional.of(new Listener(transport, "@" + annotation.getName().getIdentifier(), declared.getName(), null));
            }
        }
        Optional<TypeDeclaration<?>> owner = declared.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        if (LISTENER_METHODS.contains(declared.getNameAsString()) && !declared.isStatic()) {
            if (owner.get().getAnnotations().stream().anyMatch(a -> a.getName().getIdentifier().equals("RocketMQMessageListener"))) {
                return Optional.of(new Listener("RocketMQ", "@RocketMQMessageListener", declared.getName(), null));
            }
            if (owner.get() instanceof ClassOrInterfaceDeclaration cls) {
                for (ClassOrInterfaceType implemented : cls.getImplementedTypes()) {
                    Optional<String> transport = types.resolve(implemented.getNameWithScope(), cls).map(LISTENER_INTERFACES::get);
                    if (transport.isPresent()) {
                        return Optional.of(new Listener(transport.get(), implemented.getNameAsString() + "." + declared.getNameAsString(),
                                declared.getName(), null));
                    }
                }
            }
        }
        return functionalBean(declared);
    }

    /** {@code @Bean Consumer<Order> orders() { return order -> ..; }} in a project that uses Spring Cloud Stream. */
    private Optional<Listener> functionalBean(MethodDeclaration method) {
        if (method.getAnnotations().stream().noneMatch(a -> a.getName().getIdentifier().equals("Bean"))
                || !(method.getType() instanceof ClassOrInterfaceType type)
                || types.resolve(type.getNameWithScope(), method).filter(FUNCTIONS::contains).isEmpty()
                || !config().cloudStream()) {
            return Optional.empty();
        }
        for (ReturnStmt ret : method.findAll(ReturnStmt.class)) {
            if (ret.findAncestor(LambdaExpr.class).isPresent()) {
                continue;
            }
            Optional<Expression> value = ret.getExpression();
            if (value.isPresent() && (value.get() instanceof LambdaExpr || value.get() instanceof MethodReferenceExpr)) {
                return Optional.of(new Listener("Spring Cloud Stream", type.getNameAsString() + "<..> bean", method.getName(), value.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * The listener method takes part in a Kafka transaction (exactly-once consume-process-produce):
     * a {@code @Transactional} naming a Kafka transaction manager on it or its class, or a Kafka
     * producer {@code transaction-id-prefix} in the configuration (the listener container then
     * runs each delivery in a Kafka transaction that also commits the consumed offset).
     */
    public boolean kafkaExactlyOnce(CallableDeclaration<?> listener) {
        if (config().kafkaTransactions()) {
            return true;
        }
        for (Node n = listener; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof com.github.javaparser.ast.nodeTypes.NodeWithAnnotations<?> annotated) {
                for (AnnotationExpr a : annotated.getAnnotations()) {
                    if (a.getName().getIdentifier().equals("Transactional")
                            && (AnnotationValues.attribute(a, "value").map(Object::toString).orElse("")
                            + AnnotationValues.attribute(a, "transactionManager").map(Object::toString).orElse(""))
                            .toLowerCase(Locale.ROOT).contains("kafka")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A send through {@code template} ({@code KafkaTemplate}, {@code JmsTemplate}, ...) made in a
     * Spring-managed transaction is held until that transaction commits: Kafka producers with a
     * {@code transaction-id-prefix} synchronize with it, a transacted JMS session or Rabbit channel
     * commits after it, and under JTA the send is part of the same transaction.
     */
    public boolean boundToTransaction(String template) {
        Config c = config();
        if (template.startsWith("Kafka")) {
            return c.kafkaTransactions();
        }
        if (template.startsWith("Jms")) {
            return c.jmsTransacted() || c.jta();
        }
        if (template.startsWith("Rabbit") || template.startsWith("Amqp")) {
            return c.rabbitTransacted();
        }
        return false;
    }

    private Config config() {
        Config c = config;
        if (c == null) {
            c = readConfig();
            config = c;
        }
        return c;
    }

    private Config readConfig() {
        StringBuilder settings = new StringBuilder();
        for (Path resource : resources) {
            String name = resource.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".yml") || name.endsWith(".yaml") || name.endsWith(".properties")) {
                try {
                    settings.append(Files.readString(resource, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT)).append('\n');
                } catch (IOException | RuntimeException e) {
                    // unreadable configuration: treated as absent
                }
            }
        }
        String text = settings.toString();
        boolean cloudStream = text.contains("spring.cloud.stream") || text.contains("spring.cloud.function")
                || text.matches("(?s).*\\bstream:\\s*\\n\\s*(bindings|function|kafka|rabbit|binders):.*");
        boolean kafkaTransactions = text.contains("transaction-id-prefix") || text.contains("transactionidprefix")
                || !callGraph.callsNamed("setTransactionIdPrefix").isEmpty();
        boolean jmsTransacted = text.matches("(?s).*session-transacted\\s*[:=]\\s*true.*") || transacted("setSessionTransacted");
        boolean rabbitTransacted = transacted("setChannelTransacted");
        boolean jta = text.contains("spring.jta") || text.matches("(?s).*\\bjta:\\s*\\n.*")
                || mentionsType("org.springframework.transaction.jta.JtaTransactionManager");
        for (ParsedFile file : files) {
            if (cloudStream) {
                break;
            }
            cloudStream = file.unit().getImports().stream().anyMatch(i -> i.getNameAsString().startsWith("org.springframework.cloud.stream"));
        }
        return new Config(cloudStream, kafkaTransactions, jmsTransacted, rabbitTransacted, jta);
    }

    private boolean transacted(String setter) {
        return SYNCHRONIZED_SENDS.contains(setter) && callGraph.callsNamed(setter).stream()
                .anyMatch(call -> call.getArguments().size() == 1 && call.getArgument(0) instanceof BooleanLiteralExpr b && b.getValue());
    }

    private boolean mentionsType(String fqn) {
        for (ParsedFile file : files) {
            if (file.unit().getImports().stream().anyMatch(i -> i.getNameAsString().equals(fqn))) {
                return true;
            }
        }
        return false;
    }
}
