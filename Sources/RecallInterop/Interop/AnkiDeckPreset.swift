import Foundation
import RecallModel

/// A deck's settings as an Anki preset (a `dconf` entry of a schema-11 collection), so that the
/// deck studies in Anki as it did in Recall: desired retention, learning and relearning steps,
/// daily limits, maximum interval, leech rule and, when `recall optimize` fitted them, the FSRS-6
/// weights (`fsrsParams6`; empty means Anki's defaults, which are Recall's).
///
/// The preset's id is derived from the deck's name, so it never takes the place of the preset a
/// student's collection already has under id 1 ("Default"): Anki adds a preset whose id it does not
/// know and keeps one it knows.
enum AnkiDeckPreset {
    static func id(deckName: String) -> Int64 {
        AnkiPackageWriter.identifier(deckName, salt: "preset")
    }

    static func entry(id: Int64, name: String, settings: DeckSettings, modified: Int64) -> [String: Any] {
        let minutes = { (steps: [TimeInterval]) in steps.map { $0 / 60 } }
        return [
            "id": id, "name": name, "mod": modified, "usn": -1, "maxTaken": 60, "autoplay": true, "timer": 0,
            "replayq": true, "dyn": false,
            "new": [
                "bury": false, "delays": minutes(settings.learningSteps), "initialFactor": 2500,
                "ints": [1, 4, 0], "order": 1, "perDay": settings.newCardsPerDay,
            ],
            "rev": [
                "bury": false, "ease4": 1.3, "ivlFct": 1.0, "maxIvl": settings.maximumInterval,
                "perDay": settings.reviewsPerDay, "hardFactor": 1.2,
            ],
            "lapse": [
                "delays": minutes(settings.relearningSteps), "leechAction": settings.suspendLeeches ? 0 : 1,
                "leechFails": settings.leechThreshold, "minInt": 1, "mult": 0.0,
            ],
            "desiredRetention": settings.desiredRetention,
            "fsrsParams6": settings.parameters?.weights ?? [Double](),
        ]
    }
}
