package io.github.raceguard.maven;

import io.github.raceguard.AnalysisProgress;
import org.apache.maven.plugin.logging.Log;

/** Logs one INFO line per finished phase of the analysis (parse, model, rules) with its count and time. */
final class PhaseLog implements AnalysisProgress {

    private final Log log;

    PhaseLog(Log log) {
        this.log = log;
    }

    @Override
    public void phaseFinished(Phase phase, int count, long nanos) {
        log.info(AnalysisProgress.describe(phase, count, nanos));
    }
}
