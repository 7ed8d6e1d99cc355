package org.myelin.etl.synthetic;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The records a simulated disease course leaves, collected while the timeline runs. */
final class RecordedFacts {

    final List<Visit> visits = new ArrayList<>();
    final List<Relapse> relapses = new ArrayList<>();
    final List<MriExam> mriExams = new ArrayList<>();
    final List<LabResult> labs = new ArrayList<>();
    final List<PromScore> proms = new ArrayList<>();
    final List<AdverseEvent> adverseEvents = new ArrayList<>();
    final List<Pregnancy> pregnancies = new ArrayList<>();
    List<TreatmentEpisode> treatments = List.of();
    int followUpEnd;
    @Nullable Integer deathDay;
    @Nullable Integer onsetDay;
    @Nullable Integer progressionOnsetDay;
}
