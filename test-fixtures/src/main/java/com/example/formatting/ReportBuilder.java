package com.example.formatting;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;

/** A new instance for every injection point: its state is not shared. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class ReportBuilder {

    private final StringBuilder text = new StringBuilder();
    private int lines;

    public ReportBuilder line(String line) {
        text.append(line).append('\n');
        lines++;
        return this;
    }

    public String build() {
        return text.toString();
    }

    /** One instance per HTTP request. */
    @Component
    @RequestScope
    public static class RequestWarnings {
        private final List<String> warnings = new ArrayList<>();

        public void warn(String warning) {
            warnings.add(warning);
        }

        public List<String> all() {
            return warnings;
        }
    }
}
