/// Korean particles that change with the sound they follow: 은/는, 이/가, 을/를.
///
/// A Hangul syllable with a final consonant takes the first form (`학습률은`), one without
/// takes the second (`배치 크기는`). Digits are read as Sino-Korean numbers (0 영, 1 일,
/// 3 삼, 6 육, 7 칠, 8 팔 end in a consonant). Anything else (a quoted word, Latin
/// letters) gets both forms, `'x'은(는)`, as Korean software writes it.
enum Particle {
    case topic, subject, object

    var forms: (final: String, open: String) {
        switch self {
        case .topic: return ("은", "는")
        case .subject: return ("이", "가")
        case .object: return ("을", "를")
        }
    }

    /// `word` followed by the particle that fits its last sound.
    static func attach(_ word: String, _ particle: Particle) -> String {
        let (withFinal, open) = particle.forms
        guard let last = word.unicodeScalars.last else { return word + withFinal + "(" + open + ")" }
        switch last.value {
        case 0xAC00...0xD7A3:
            return word + ((last.value - 0xAC00) % 28 == 0 ? open : withFinal)
        case 0x30...0x39:
            return word + ("013678".unicodeScalars.contains(last) ? withFinal : open)
        default:
            return word + withFinal + "(" + open + ")"
        }
    }
}
