package com.example.formatting;

import java.text.DateFormat;
import java.text.NumberFormat;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;

/** Static helpers used from controllers and schedulers alike. */
public final class DateStrings {

    private static final DateFormat ISO_DATE = new SimpleDateFormat("yyyy-MM-dd");
    private static final ThreadLocal<SimpleDateFormat> ISO_TIME =
            ThreadLocal.withInitial(() -> new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss"));
    private static final NumberFormat AMOUNT = NumberFormat.getCurrencyInstance(Locale.GERMANY);
    private static final NumberFormat PERCENT = NumberFormat.getPercentInstance(Locale.GERMANY);

    private DateStrings() {
    }

    public static Date parseDate(String text) throws ParseException {
        return ISO_DATE.parse(text); // expect: shared-mutable-state
    }

    public static String formatTime(Date time) {
        return ISO_TIME.get().format(time);
    }

    public static String amount(double value) {
        return AMOUNT.format(value); // expect: shared-mutable-state
    }

    public static String percent(double value) {
        synchronized (PERCENT) {
            return PERCENT.format(value);
        }
    }

    public static String copyOfPattern() {
        return ((SimpleDateFormat) ISO_DATE.clone()).toPattern();
    }
}
