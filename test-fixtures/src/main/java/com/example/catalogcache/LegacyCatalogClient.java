package com.example.catalogcache;

/** A hand-made singleton from before the application used Spring. */
public final class LegacyCatalogClient {

    private static LegacyCatalogClient instance;
    private static volatile LegacyCatalogClient sharedInstance;

    private final String endpoint;

    private LegacyCatalogClient(String endpoint) {
        this.endpoint = endpoint;
    }

    public static LegacyCatalogClient getInstance() {
        if (instance == null) {
            synchronized (LegacyCatalogClient.class) {
                if (instance == null) {
                    instance = new LegacyCatalogClient("https://catalog.internal"); // expect: check-then-act
                }
            }
        }
        return instance;
    }

    public static LegacyCatalogClient shared() {
        LegacyCatalogClient result = sharedInstance;
        if (result == null) {
            synchronized (LegacyCatalogClient.class) {
                result = sharedInstance;
                if (result == null) {
                    sharedInstance = result = new LegacyCatalogClient("https://catalog.internal");
                }
            }
        }
        return result;
    }

    /** The holder idiom: the JVM initializes the nested class once, on first use. */
    public static LegacyCatalogClient holder() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final LegacyCatalogClient INSTANCE = new LegacyCatalogClient("https://catalog.internal");
    }

    public String endpoint() {
        return endpoint;
    }
}
