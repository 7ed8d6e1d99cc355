package org.myelin.etl.fhir;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;

/**
 * Parses resources with HAPI on worker threads, a batch at a time, and hands them back in read order: the parse is
 * most of a resource's cost, and the order keeps the staged rows, and so the CDM's ids, the same from run to run.
 * At most two batches per worker are in flight, so memory stays bounded however large the input.
 */
final class ParsingPipeline implements AutoCloseable {

    /** A resource as read, with what the parser made of it: the resource, or why it was rejected. */
    record Parsed(FhirFileReader.RawResource raw, @Nullable Resource resource, FhirResourceParser.@Nullable Rejected rejected) {
    }

    private static final int BATCH = 256;

    private final ExecutorService workers;
    private final ThreadLocal<FhirResourceParser> parsers = ThreadLocal.withInitial(FhirResourceParser::new);
    private final ArrayDeque<Future<List<Parsed>>> inFlight = new ArrayDeque<>();
    private final int maxInFlight;
    private final Consumer<Parsed> consumer;
    private List<FhirFileReader.RawResource> batch = new ArrayList<>(BATCH);

    ParsingPipeline(int threads, Consumer<Parsed> consumer) {
        this.workers = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("fhir-parse-", 1).daemon().factory());
        this.maxInFlight = 2 * threads;
        this.consumer = consumer;
    }

    void add(FhirFileReader.RawResource raw) {
        batch.add(raw);
        if (batch.size() == BATCH) {
            submit();
        }
    }

    /** Hands every resource added so far to the consumer. */
    void drain() {
        if (!batch.isEmpty()) {
            submit();
        }
        while (!inFlight.isEmpty()) {
            deliver();
        }
    }

    private void submit() {
        List<FhirFileReader.RawResource> work = batch;
        batch = new ArrayList<>(BATCH);
        inFlight.add(workers.submit(() -> parse(work)));
        while (inFlight.size() > maxInFlight) {
            deliver();
        }
    }

    private List<Parsed> parse(List<FhirFileReader.RawResource> work) {
        FhirResourceParser parser = parsers.get();
        List<Parsed> parsed = new ArrayList<>(work.size());
        for (FhirFileReader.RawResource raw : work) {
            try {
                parsed.add(new Parsed(raw, parser.parse(raw.json()), null));
            } catch (FhirResourceParser.Rejected e) {
                parsed.add(new Parsed(raw, null, e));
            }
        }
        return parsed;
    }

    private void deliver() {
        List<Parsed> parsed;
        try {
            parsed = inFlight.remove().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing FHIR resources", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("cannot parse FHIR resources: " + e.getCause(), e.getCause());
        }
        parsed.forEach(consumer);
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
