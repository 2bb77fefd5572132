package com.example.realcode.setup;

import java.util.List;

import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Shape of openmrs-core api/.../messagesource/impl/MutableResourceBundleMessageSource.java: a
 * message source bean overriding the {@code setBasename} property setter to keep a local copy of
 * the base names (super call, then an assignment). No call in the sources: XML configuration sets
 * it at set-up. Also the shape of openmrs-core api/.../api/EventListeners.java, whose
 * {@code setGlobalPropertyListeners} (set by applicationContext-service.xml's
 * {@code <property name="globalPropertyListeners">}) appends to a static list it first creates.
 * Neither is reported; their racy twins are {@link FixedCacheManager} and {@link WebSettings}.
 */
@Component
public class ModuleMessageSource extends ReloadableResourceBundleMessageSource {

    private static List<String> listeners;

    private String[] basenames = new String[0];

    @Override
    public void setBasename(String basename) {
        super.setBasename(basename);
        this.basenames = new String[] { basename };
    }

    public void setModuleListeners(List<String> moduleListeners) {
        if (moduleListeners == null) {
            return;
        }
        if (ModuleMessageSource.listeners == null) {
            ModuleMessageSource.listeners = moduleListeners;
        } else {
            for (String listener : moduleListeners) {
                if (!ModuleMessageSource.listeners.contains(listener)) {
                    ModuleMessageSource.listeners.add(listener);
                }
            }
        }
    }

    public String[] basenames() {
        return basenames;
    }
}
