package com.example.formatting;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Bound once from application properties at startup. */
@ConfigurationProperties(prefix = "formatting")
public class FormattingProperties {

    private String datePattern = "yyyy-MM-dd";
    private int maxLineLength = 80;

    public String getDatePattern() {
        return datePattern;
    }

    public void setDatePattern(String datePattern) {
        this.datePattern = datePattern;
    }

    public int getMaxLineLength() {
        return maxLineLength;
    }

    public void setMaxLineLength(int maxLineLength) {
        this.maxLineLength = maxLineLength > 0 ? maxLineLength : 80;
    }
}
