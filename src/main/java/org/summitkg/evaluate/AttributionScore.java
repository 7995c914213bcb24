package org.summitkg.evaluate;

/**
 * Attribution figures of one article (or a sum of them).
 *
 * @param content       content spans matched (precision and recall over all gold attributions)
 * @param speechCues    recall over gold attributions whose cue is a verb or phrase of saying
 * @param withSpeaker   matches whose speaker is right (or cannot be judged by name)
 * @param speakerJudged matched gold attributions whose source names someone
 * @param speakerRight  of those, how many have a speaker sharing a name with the source
 */
public record AttributionScore(Score content, Score speechCues, Score withSpeaker, int speakerJudged, int speakerRight) {
    public static final AttributionScore ZERO = new AttributionScore(new Score(0, 0, 0, 0), new Score(0, 0, 0, 0),
            new Score(0, 0, 0, 0), 0, 0);

    public double speakerAccuracy() {
        return speakerJudged == 0 ? 1.0 : (double) speakerRight / speakerJudged;
    }

    public AttributionScore plus(AttributionScore o) {
        return new AttributionScore(content.plus(o.content), speechCues.plus(o.speechCues), withSpeaker.plus(o.withSpeaker),
                speakerJudged + o.speakerJudged, speakerRight + o.speakerRight);
    }
}
