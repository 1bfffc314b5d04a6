/// Every message in Korean (`set lang ko`): the lecture's terms (경사하강법, 가중치, 학습률,
/// 손실, 기울기, 미니배치, 에포크), written 합니다체. Command words, setting names and file
/// formats stay English, in quotes, as the user types them; numbers are the English ones.
///
/// Sentences are built so that no particle follows a quoted word or a number (Korean
/// particles change with the last sound: 을/를, 이/가), which keeps them right for any
/// argument: "알 수 없는 명령입니다: 'stpe'".
extension Message {
    var korean: String {
        func near(_ problem: String, _ near: String?, otherwise: String) -> String {
            near.map { "\(problem). 혹시 '\($0)'인가요?" } ?? "\(problem). \(otherwise)"
        }
        let noun = Message.koreanNoun
        let helpHint = "'help'로 명령 목록을 볼 수 있습니다"
        switch self {
        case .unterminatedQuote: return "따옴표가 닫히지 않았습니다. 같은 따옴표로 닫으세요"
        case .sweepUsage: return "사용법: sweep FROM TO COUNT [epochs=E] [runs=R] [to FILE.csv]"
        case .sweepNotFinite: return "FROM과 TO는 유한한 수여야 합니다"
        case .sweepOrder(let from, let to): return "sweep에는 FROM < TO가 필요합니다. 입력한 값: \(from), \(to)"
        case .sweepSpan: return "TO − FROM이 유한한 수여야 합니다. 더 좁은 범위를 쓰세요"
        case .sweepNotCSV: return "sweep 결과는 CSV로 씁니다. 파일 이름을 '….csv'로 지으세요"
        case .reportNotHTML: return "보고서는 HTML 페이지입니다. 파일 이름을 '….html'로 지으세요"
        case .scheduleTooMany(let n): return "show schedule은 학습률을 10000개까지만 보여 줍니다. 입력한 값: \(n)"
        case .hyperParameterOutOfRange(let name): return "\(name) 값이 범위를 벗어났습니다"
        case .initMissing(let names, let initializer): return "init \(initializer)에 쓸 \(names) 값이 없습니다"
        case .initMustBe(let name, let rule, let text):
            let what = switch rule {
            case .finite: "유한해야 합니다"
            case .atLeastLow: "A 이상이고 B − A가 유한해야 합니다"
            case .nonNegativeFinite: "0 이상이고 유한해야 합니다"
            }
            return "\(name) 값은 \(what). 입력한 값: \(text)"
        case .line(let line): return line.korean
        case .plot(let label): return label.korean
        case .page(let text): return text.korean
        case .explain(let words): return words.korean
        case .mustBe(let name, let range, let text):
            let rule: String
            switch range {
            case .unitInterval: rule = "[0, 1) 범위에 있어야 합니다"
            case .positive: rule = "0보다 크고 유한해야 합니다"
            case .nonNegative: rule = "0 이상이고 유한해야 합니다"
            case .positiveInteger: rule = "1 이상의 정수여야 합니다"
            case .finite: rule = "유한해야 합니다"
            case .atLeast(let lower): rule = "\(lower) 이상이어야 합니다"
            }
            return "\(name) 값은 \(rule). 입력한 값: \(text)"
        case .threadsRange(let text, let limit):
            return "threads 값은 all 또는 1부터 \(limit)까지의 정수여야 합니다. 입력한 값: '\(text)'"
        case .explainNoUpdate: return "아직 업데이트가 없습니다. 'explain next batch'로 다음 업데이트를 계산해 볼 수 있습니다"
        case .explainNoStep(let n, let last): return "아직 없는 스텝입니다: 스텝 \(n). 마지막 스텝은 \(last)입니다"
        case .compareInterrupted: return "Ctrl-C로 compare를 멈췄습니다. 세션은 바뀌지 않았습니다"
        case .sweepInterrupted: return "sweep을 멈췄습니다. 아무것도 바뀌지 않았습니다"
        case .noSweepToPlot: return "그릴 sweep이 없습니다. 먼저 'sweep FROM TO COUNT'를 실행하세요"
        case .wroteReport(let path): return "보고서를 \(path)에 썼습니다"
        case .wroteComparePlot(let path): return "비교 그림을 \(path)에 썼습니다"
        case .wroteRuns(let n, let path): return "실행 \(n)개를 \(path)에 썼습니다"
        case .explainNotKept(let step, let stride):
            return "스텝 \(Particle.attach(String(step), .topic)) 기록에 없습니다 (기록은 \(stride)행에 하나만 남깁니다. 'set history-limit'를 보세요)"
        case .explainPointsNotKept(let step, let points, let limit):
            return "스텝 \(Particle.attach(String(step), .topic)) 점 \(points)개를 썼습니다. 어떤 점을 썼는지는 점 \(limit)개 이하인 업데이트만 기록합니다"
        case .explainStepExpected(let word): return "스텝 번호(1 이상)나 'next'를 쓰세요. 입력한 값: '\(word)'"
        case .explainStepExtra(let word):
            return "여기에 올 수 없는 말입니다: '\(word)'. 사용법: explain [STEP | next VARIANT [I ...]]"
        case .explainMissingVariant: return "VARIANT 값이 없습니다. batch, sgd, minibatch 중 하나를 쓰세요"
        case .explainUnknownVariant(let word): return "알 수 없는 방식입니다: '\(word)'. batch, sgd, minibatch 중 하나를 쓰세요"
        case .explainBatchExtra(let word): return "여기에 올 수 없는 말입니다: '\(word)'. 배치 경사하강법은 모든 점을 씁니다"
        case .explainSgdExtra(let word): return "여기에 올 수 없는 말입니다: '\(word)'. sgd는 점 하나를 씁니다"
        case .pointPositionExpected(let word): return "점의 위치(0 이상)를 쓰세요. 입력한 값: '\(word)'"
        case .loadNoneOptions: return "'load none'에는 x=와 y=를 쓸 수 없습니다 (그런 이름의 파일이면 './none'으로 쓰세요)"
        case .recordFlagExists(let path):
            return "'\(path)'이(가) 이미 있습니다. 새로 쓰려면 --record-overwrite, 뒤에 덧붙이려면 --record-append를 붙이세요"
        case .optimizerStateStartedOver(let made, let now):
            return "여기의 옵티마이저 기억은 \(made)이(가) 만든 것이고 지금 규칙은 \(now)입니다. 'set optimizer' 뒤처럼 처음부터 다시 시작합니다"
        case .emptyCommand: return "빈 명령입니다"
        case .unknownCommand(let word, let n): return near("알 수 없는 명령입니다: '\(word)'", n, otherwise: helpHint)
        case .unknownCommandSetting(let word, let see, let change):
            return "알 수 없는 명령입니다: '\(word)'. 보기: '\(see)', 바꾸기: '\(change)'"
        case .noHelpTopic(let word, let n): return near("그런 명령이 없습니다: '\(word)'", n, otherwise: helpHint)
        case .helpExtra(let word): return "여기에 올 수 없는 단어입니다: '\(word)'. 사용법: help [COMMAND], help set SETTING"
        case .unexpectedWord(let word, let usage): return "여기에 올 수 없는 단어입니다: '\(word)'. 사용법: \(usage)"
        case .missingChoice(let name, let options, let usage):
            return "\(name) 값이 없습니다. \(options.joined(separator: ", ")) 중 하나를 쓰세요 (사용법: \(usage))"
        case .unknownChoice(let name, let word, let n, let options):
            return near("알 수 없는 \(noun(name))입니다: '\(word)'", n, otherwise: "\(options.joined(separator: ", ")) 중 하나를 쓰세요")
        case .unknownOption(let key, let n, let expected):
            return near("알 수 없는 옵션입니다: '\(key)'", n, otherwise: "쓸 수 있는 것: \(expected.joined(separator: ", "))")
        case .optionTwice(let key): return "옵션 '\(key)' 값이 두 번 주어졌습니다"
        case .unknownName(let word, let n, let expected, let usage):
            return near("알 수 없는 이름입니다: '\(word)'", n,
                        otherwise: "쓸 수 있는 것: \(expected.map { "\($0)=" }.joined(separator: ", ")) (사용법: \(usage))")
        case .namedTwice(let key): return "'\(key)=' 값이 두 번 주어졌습니다"
        case .unexpectedComma(let usage): return "여기에는 ','가 올 수 없습니다. 사용법: \(usage)"
        case .missingParameter(let name, let usage): return "\(name) 값이 없습니다 (사용법: \(usage))"
        case .missing(let name): return "\(name) 값이 없습니다"
        case .pointBeforeComma: return "',' 앞에 점 'X Y'가 있어야 합니다"
        case .pointNeedsTwo(let found): return "점 하나는 두 수 'X Y'입니다. 여기에는 수가 \(found)개 있습니다 (점은 ','로 구분합니다)"
        case .missingPoints: return "점이 없습니다. 사용법: data X Y[, X Y ...]"

        case .notFinite(let name, let text): return "\(Particle.attach(noun(name), .topic)) 유한한 수여야 합니다. 입력: '\(text)'"
        case .notANumber(let name, let text): return "\(noun(name)) 자리에 수가 와야 합니다. 입력: '\(text)'"
        case .tooLargeToBeFinite(let name, let text): return "\(noun(name)) '\(text)'은(는) 너무 커서 유한한 수가 아닙니다"
        case .underflows(let name, let text):
            return "\(noun(name)) '\(text)'은(는) 너무 작아 0이 됩니다 (가장 작은 양수는 5e-324입니다)"
        case .wholeTooLarge(let name, let text): return "\(noun(name)) '\(text)'이(가) 너무 큽니다"
        case .notAWholeNumber(let name, let text): return "\(noun(name)) 자리에 정수가 와야 합니다. 입력: '\(text)'"
        case .atLeast(let name, let bound, let value): return "\(Particle.attach(noun(name), .topic)) \(bound) 이상이어야 합니다. 입력: \(value)"

        case .learningRateNotPositive(let text): return "학습률은 0보다 커야 합니다. 입력: \(text)"
        case .digitsInvalid(let text): return "digits는 full 또는 1부터 17까지의 정수여야 합니다. 입력: '\(text)'"
        case .missingSetValue: return "set에 쓸 값이 없습니다"
        case .pointListedTwice(let i): return "점 \(Particle.attach(String(i), .subject)) 두 번 나옵니다. 미니배치는 각 점을 한 번만 씁니다"
        case .loadMissingFile: return "FILE이 없습니다. 사용법: load lecture | load FILE [x=COL] [y=COL] | load x=X.npy y=Y.npy"
        case .loadLectureOptions:
            return "'load lecture'에는 x=와 y=를 쓸 수 없습니다 (그 이름의 파일이라면 './lecture'라고 쓰세요)"
        case .optionNeedsColumn(let key): return "옵션 '\(key)='에는 열 이름이나 번호가 필요합니다"
        case .columnNegative(let n): return "열 번호는 0부터 시작합니다. 입력: \(n)"
        case .noiseNegative(let text): return "noise는 0 이상이어야 합니다. 입력: \(text)"
        case .rangeSyntax: return "x=에는 x=0..10처럼 범위 LO..HI를 씁니다"
        case .rangeOrder: return "범위 LO..HI는 LO < HI여야 합니다"
        case .rangeTooWide(let largest): return "범위 x=LO..HI가 너무 넓어 뽑을 수 없습니다. HI − LO는 \(largest)보다 작아야 합니다"
        case .rangeNearLargest(let largest):
            return "범위 x=LO..HI가 가장 큰 double 값 \(largest)에 너무 가까워 뽑을 수 없습니다"
        case .yMayOverflow(let z, let largest, let affine):
            let (model, sum) = affine ? ("w·x + b + noise", "|w|·max|x| + |b| + \(z)·noise") : ("w·x + noise", "|w|·max|x| + \(z)·noise")
            return "이 값들로는 y = \(model)가 무한대가 될 수 있습니다. \(sum)는 \(largest)보다 작아야 합니다"
        case .plotNotSVG: return "그림은 SVG로 저장합니다. 파일 이름을 '….svg'로 지으세요"
        case .recordBothModes: return "'overwrite'와 'append' 중 하나만 고르세요"
        case .timeMissingCommand: return "COMMAND가 없습니다. 사용법: time COMMAND"
        case .timeItself: return "'time'으로 'time' 자신을 잴 수는 없습니다"

        case .unknownModel(let word, let n, let options):
            return near("알 수 없는 모델입니다: '\(word)'", n, otherwise: "\(options.joined(separator: ", ")) 중 하나를 쓰세요")
        case .showBestExtra(let word): return "여기에 올 수 없는 단어입니다: '\(word)'. 사용법: show best [LO..HI]"
        case .rangeExpected(let text): return "-10..10처럼 범위 LO..HI를 써야 합니다. 입력: '\(text)'"
        case .undoExtra(let word): return "여기에 올 수 없는 단어입니다: '\(word)'. 사용법: undo [N|all]"
        case .undoNotANumber(let text): return "N (1 이상의 정수)이나 'all'을 써야 합니다. 입력: '\(text)'"
        case .noBias(let model): return "\(model) 모델에는 b가 없습니다. 'model affine'에는 있습니다"
        case .nothingToUndo: return "되돌릴 것이 없습니다: 세션이 스텝 0에 있습니다"
        case .undoTooMany(let n, let steps):
            return "업데이트 \(n)번을 되돌릴 수 없습니다: 세션은 스텝 \(steps)에 있습니다. 1부터 \(steps)까지 쓰거나 'undo all'을 쓰세요"
        case .gotoNoUpdates(let target): return "스텝 \(target)에 간 적이 없습니다. 마지막 reset 뒤로 업데이트가 없습니다"
        case .gotoBeyond(let target, let latest):
            return "스텝 \(target)에 간 적이 없습니다. 가장 최근은 스텝 \(latest)입니다 (0부터 \(latest)까지 쓰세요)"
        case .gotoTooOld(let target, let kept, let oldest, let latest):
            return "스텝 \(target)은(는) 남겨 둔 명령 \(kept)개보다 오래되었습니다. 0 또는 \(oldest)부터 \(latest)까지 쓰세요"
        case .arrived(let step, let weights): return "스텝 \(step): " + weights.korean
        case .noBestLine: return "최적 w가 없습니다: 모든 x가 0이라 손실이 w에 따라 달라지지 않습니다"
        case .noBestAffine: return "최적 (w, b)가 하나로 정해지지 않습니다: 모든 x가 같습니다"
        case .noLocalMinimum(let low, let high): return "\(low)..\(high) 안에 손실의 지역 최소가 없습니다"
        case .bestLine: return "최적 가중치 w_best = Σxy/Σx²:"
        case .bestAffine: return "최적 가중치 (w_best, b_best), 최소제곱:"
        case .localMinima(let n, let low, let high): return "\(low)..\(high)에서 손실의 지역 최소 \(n)개:"
        case .globalMark: return "전역 최소"
        case .currentModel(let name, let summary): return "model = \(name): \(summary)"
        case .noData: return "데이터가 없습니다. 'load lecture', 'load FILE', 'data X Y, …' 또는 'gen N'을 쓰세요"
        case .noDataToPlot: return "그릴 데이터가 없습니다. 먼저 load나 gen으로 데이터를 만드세요"
        case .batchTooLarge(let b, let n):
            return "배치 크기 \(Particle.attach(String(b), .subject)) 불러온 점의 수(\(n)개)보다 큽니다. 1부터 \(n)까지 쓰세요"
        case .pointOutOfRange(let i, let n):
            return "점 \(Particle.attach(String(i), .topic)) 범위를 벗어났습니다. 데이터의 점은 \(n)개입니다 (0부터 \(n - 1)까지)"
        case .seedTooLarge(let seed, let rng, let maximum):
            return "시드 \(Particle.attach(seed, .topic)) rng \(rng)에 너무 큽니다. 0부터 \(maximum)까지 쓰세요"
        case .seedTooLargeForRng(let seed, let rng, let maximum):
            return "시드 \(Particle.attach(seed, .topic)) rng \(rng)에 너무 큽니다 (최대 \(maximum)). 먼저 더 작은 시드를 정하세요"
        case .diverged(let d):
            let now = "w = \(d.w)" + (d.b.map { ", b = \($0.now)" } ?? "")
            let kept = d.rolledBack ? "명령 전체를 되돌렸습니다. \(now)"
                : (d.b == nil ? "w는 마지막 유한한 값 \(d.w)에 머뭅니다" : "마지막 유한한 값 \(now)에 머뭅니다")
            let overflow = d.lossOverflows ? " (이때 손실이 넘칩니다)" : ""
            let would = d.b.map { "w, b가 \(d.wAfter), \(Particle.attach($0.after, .subject)) 됩니다\(overflow) (기울기 \(d.gradient), \($0.gradient))" }
                ?? "w가 \(Particle.attach(d.wAfter, .subject)) 됩니다\(overflow) (기울기 \(d.gradient))"
            return "스텝 \(d.step)에서 발산했습니다 (\(d.variant) \(Message.koreanPoints(d.points)), 학습률 \(d.learningRate)): "
                + "\(would). \(kept). 더 작은 학습률(lr)을 써 보세요"
        case .interruptedRun(let updates, let w): return "업데이트 \(updates)번 뒤에 중단했습니다. w = \(w)"
        case .interruptedLine: return "중단했습니다. 이 줄의 나머지는 실행하지 않았습니다"
        case .interruptedBeforeLine: return "이 줄을 실행하기 전에 중단했습니다"
        case .generateInterrupted: return "중단했습니다. 점을 만들지 않았습니다"
        case .sourceDepth(let limit): return "'source'가 \(limit)단계보다 깊게 중첩되었습니다"
        case .sourceCycle(let path):
            return "'\(path)'은(는) 이미 실행 중입니다. 스크립트는 직접이든 다른 스크립트를 거쳐서든 자기 자신을 source할 수 없습니다"
        case .pairMismatch(let x, let xn, let y, let yn):
            return "'\(x)'에는 값이 \(xn)개, '\(y)'에는 \(yn)개 있습니다. 두 파일의 값 수가 같아야 합니다"

        case .file(let failure, let path, let detail):
            let text = detail.korean
            switch failure {
            case .interrupted: return "\(text): '\(path)'"
            case .cannotOpen: return path.isEmpty ? text : "'\(path)' 파일을 열 수 없습니다: \(text)"
            case .malformed: return path.isEmpty ? text : "'\(path)': \(text)"
            }
        case .cannotOpenScript(let name, let detail): return "'\(name)' 파일을 열 수 없습니다: \(detail.korean)"
        case .memory(let request, let refusal):
            let each: String
            switch request {
            case .points, .load: each = "점 하나에 \(MemoryLimit.bytesPerPoint)바이트, 보관과 학습용"
            case .history(_, let rowBytes): each = "한 행에 약 \(rowBytes)바이트"
            case .sweep(_, _, let runBytes): each = "실행 하나에 약 \(runBytes)바이트"
            }
            let capacity = refusal.fromUlimit ? "ulimit 허용량은 \(refusal.limit.korean)입니다" : "이 컴퓨터의 메모리는 \(refusal.limit.korean)입니다"
            let tail = (refusal.need?.korean).map { "메모리가 \($0) 필요합니다 (\(each)). \(capacity)" }
                ?? "64비트 컴퓨터가 다룰 수 있는 것보다 많은 메모리가 필요합니다 (\(each))"
            switch request {
            case .points(let n): return "점 \(n)개에는 \(tail)"
            case .load(let file, let n): return "'\(file)'을(를) 불러올 수 없습니다. 점 \(n)개에는 \(tail)"
            case .history(let n, _): return "기록 \(n)행에는 \(tail)"
            case .sweep(let starts, let runs, _): return "시작점 \(starts)개 × 실행 \(runs)번의 sweep에는 \(tail)"
            }
        case .liveTranscript(let path):
            return "'\(path)'은(는) 지금 기록 중인 트랜스크립트입니다. 먼저 'record stop' 하거나 다른 파일에 쓰세요"
        case .protectedFile(let path):
            return "'\(path)'은(는) 이 세션에서 불러오거나 실행한 파일입니다. 덮어쓰려면 'force'를 붙이세요"
        case .writeIsDirectory(let path): return "'\(path)'에 쓸 수 없습니다: 디렉터리입니다"
        case .writeNotRegular(let path): return "'\(path)'에 쓸 수 없습니다: 일반 파일, 장치, FIFO가 아닙니다"
        case .writeFailed(let failure):
            switch failure {
            case .noFolder(let p): return "'\(p)'에 쓸 수 없습니다: 그런 폴더가 없습니다"
            case .permissionDenied(let p): return "'\(p)'에 쓸 수 없습니다: 권한이 없습니다"
            case .isDirectory(let p): return "'\(p)'에 쓸 수 없습니다: 디렉터리입니다"
            case .noSpace(let p): return "'\(p)'에 쓸 수 없습니다: 장치에 남은 공간이 없습니다"
            case .noReader(let p): return "'\(p)'에 쓸 수 없습니다: 이 FIFO를 읽는 프로세스가 없습니다"
            case .readerClosed(let p): return "'\(p)'에 쓸 수 없습니다: 읽는 쪽이 닫았습니다"
            case .interrupted(let p): return "'\(p)'에 쓰는 중에 중단했습니다"
            case .notRegular(let p): return "'\(p)'에 쓸 수 없습니다: 일반 파일, 장치, FIFO가 아닙니다"
            case .other(let p, let error): return "'\(p)'에 쓸 수 없습니다: \(error.korean)"
            case .stream(let channel, let reason):
                let name = channel == .standardOutput ? "표준 출력" : "표준 오류"
                return "\(name)에 쓸 수 없습니다: \(reason?.korean ?? "장치에 남은 공간이 없습니다")"
            }
        case .recordingStopped(let inner): return inner.korean + ". 기록을 멈췄습니다"
        case .notRecording: return "기록 중이 아닙니다. 'record FILE.gdt'로 트랜스크립트 기록을 시작합니다"
        case .alreadyRecording(let path): return "이미 '\(path)'에 기록하고 있습니다. 먼저 'record stop' 하세요"
        case .recordProtected(let path):
            return "'\(path)'은(는) 이 세션에서 불러오거나 실행한 파일입니다. 다른 파일에 기록하세요"
        case .transcriptExists(let path):
            return "'\(path)'이(가) 이미 있습니다. 새로 쓰려면 'overwrite', 뒤에 덧붙이려면 'append'를 붙이세요"
        case .recordAfterUpdates(let n):
            return "트랜스크립트는 새 세션에서 재생되므로 지금까지의 업데이트 \(n)번을 다시 할 수 없습니다. \(Message.koreanResetHint)"
        case .recordAfterUndo(let n):
            return "트랜스크립트는 새 세션에서 재생되므로 여기서 되돌린 업데이트 \(n)번으로 ('goto'로) 다시 나아갈 수 없습니다. \(Message.koreanResetHint)"
        case .recordGeneratorMoved(let seed):
            return "난수 생성기가 시드 \(seed)에서 이미 나아갔습니다 (seed= 없는 'gen'이나 무작위 스텝이 수를 뽑았습니다). 재생하면 다른 수가 나옵니다. \(Message.koreanResetHint)"
        case .recordCannotRebuild(let n, let label):
            let what = n == 0 ? "데이터 없음" : "점 \(n)개 (\(label))"
            return "트랜스크립트는 새 세션에서 재생되는데, 명령으로는 이 세션의 데이터(\(what))를 다시 만들 수 없습니다. 데이터를 불러오거나 만들기 전에, 또는 처음부터('gd --record FILE') 기록하세요"

        case .exitNotLast: return "'[exit N]'은(는) 마지막 줄이어야 합니다. 뒤에 줄이 더 있습니다"
        case .malformedExit(let line): return "잘못된 종료 상태 '\(line)'. N이 1부터 255까지인 '[exit N]'으로 쓰세요"
        case .outputBeforeInput: return "첫 'gd> ' 입력 줄 앞에 출력이 있습니다. '#'으로 주석 처리하거나 입력 아래로 옮기세요"
        case .noInputLines: return "입력 줄이 없습니다. 트랜스크립트에는 'gd> '로 시작하는 줄이 하나 이상 있어야 합니다"
        case .unknownDirective(let line):
            return "알 수 없는 지시문 '\(line)'. '#! tolerance digits=N', '#! tolerance rel=R', '#! exact' 중 하나를 쓰세요"
        case .inputAfterQuit(let line): return "'quit' (\(line)번째 줄) 뒤의 입력은 실행되지 않습니다. 그 입력이나 'quit'을 지우세요"

        case .pointsTyped(let n): return "점 \(n)개"
        case .pointsLoaded(let n): return "점 \(n)개를 불러왔습니다"
        case .pointsGenerated(let n): return "점 \(n)개를 만들었습니다"
        case .wroteRows(let n, let path): return "\(n)행을 \(path)에 썼습니다"
        case .wrotePlot(let kind, let path): return "\(kind) 그림을 \(path)에 썼습니다"
        case .recorded(let path): return "\(path)에 기록했습니다"
        case .recordingTo(let path): return "\(path)에 기록합니다. 'record stop'으로 끝냅니다"
        case .weight(let w): return "w = \(w)"
        case .bias(let b): return "b = \(b)"
        case .weights(let w, let b): return "w = \(w)" + (b.map { ", b = \($0)" } ?? "")
        case .valueWithStart(let value, let start): return "\(value) (초기값 \(start))"
        case .thinnedEpochs(let epochs, let limit, let stride):
            return "참고: 에포크 \(epochs)번. 기록 한도 \(limit)행을 넘어 \(stride)번에 하나만 남깁니다 ('set history-limit N')"
        case .loss(let l): return "손실 = \(l)"
        case .distanceToBestLine(let d, let best): return "최적까지의 거리: |w − w_best| = \(d) (w_best = \(best))"
        case .distanceToBestAffine(let d, let w, let b):
            return "최적까지의 거리: √((w − w_best)² + (b − b_best)²) = \(d) (w_best = \(w), b_best = \(b))"
        case .distanceToNearestMinimum(let d, let at, let low, let high, let global):
            let which = global.map { "전역 최소가 아님. 전역 최소는 w = \($0)" } ?? "전역 최소"
            return "\(low)..\(high)에서 가장 가까운 지역 최소까지의 거리: |w − w_m| = \(d) (w_m = \(at), \(which))"
        case .distanceNotSearched(let points, let limit):
            return "최적까지의 거리: 점이 \(points)개로 \(limit)개를 넘어 'show'마다 찾지는 않습니다. 'show best'로 최소를 찾으세요"
        case .summaryCounts(let points, let label, let steps, let epochs):
            return "점 \(points)개 (\(Message.koreanLabel(label))), 스텝 \(steps)번, 에포크 \(epochs)번"
        case .startWeight(let w, let start): return "w = \(w) (초기값 \(start))"
        case .noEpochs: return "아직 에포크가 없습니다"
        case .noUpdates: return "아직 업데이트가 없습니다"
        case .thinned(let updates, let limit, let stride):
            return "참고: 업데이트 \(updates)번. 기록 한도 \(limit)행을 넘어 \(stride)번에 하나만 남깁니다 ('set history-limit N')"
        case .moreRows(let n, let what, let hint):
            let noun = switch what { case .points: "점"; case .rows: "행"; case .epochs: "에포크"; case .rates: "학습률" }
            return "(\(noun) \(n)개 더 있음\(hint.map { ". '\($0)'로 모두 저장합니다" } ?? ""))"
        case .roundedToFit(let columns):
            return "(\(columns)칸에 맞추려고 일부 수를 반올림했습니다. 'set digits 17'로 모든 자릿수를 봅니다)"
        case .step(let r):
            return "스텝 \(r.step): \(r.variant) \(Message.koreanPoints(r.points)): w \(r.wBefore) → \(r.wAfter)"
                + (r.b.map { ", b \($0.before) → \($0.after)" } ?? "") + ", 손실 \(r.loss)"
        case .epoch(let e):
            let kind = e.batch.map { "minibatch \($0)" } ?? e.variant
            return "에포크 \(e.epoch): \(kind), 업데이트 \(e.updates)번: w \(e.wBefore) → \(e.wAfter)"
                + (e.b.map { ", b \($0.before) → \($0.after)" } ?? "") + ", 손실 \(e.loss)"
        case .timing(let seconds, let updates, let updateRate, let points, let pointRate):
            guard updates > 0 else { return "시간: \(seconds)" }
            return "시간: \(seconds), 업데이트 \(updates)번 (초당 \(updateRate)), 점 \(points)개 (초당 \(pointRate))"
        case .helpFooter:
            return "수는 다시 읽어도 같은 값인 가장 짧은 십진수로 씁니다 ('set digits'로 반올림).\n'#' 뒤는 주석이고, ';'로 명령을 나눕니다"
        case .helpCommands: return "명령 (자세히: help COMMAND):"
        case .errorLabel: return "오류"
        case .helpDefault(let value): return "(기본값 \(value))"
        case .helpUsage: return "사용법:"
        case .helpAlso: return "별칭"
        case .helpExamples: return "예:"
        case .banner(let version): return "gd \(version) — 경사하강법 콘솔. 'help'로 명령 목록을 보고, Ctrl-D로 끝냅니다"
        case .historyUnreadable(let path): return "입력 기록 파일 \(path)을(를) 읽을 수 없어 그대로 두었습니다"
        case .historyOutOfMemory: return "입력 기록을 저장할 수 없습니다: 메모리가 부족합니다"
        case .historySaveFailed(let path, let error): return "입력 기록을 \(path)에 저장할 수 없습니다: \(error.korean)"
        case .recordIsScript(let record, let script):
            return "--record '\(record)'은(는) 실행할 스크립트 '\(script)'입니다. 다른 파일에 기록하세요"
        case .plotFitTitle(let steps): return "스텝 \(steps)번 뒤의 적합"
        case .plotData(let points): return "데이터 (점 \(points)개)"
        case .plotLineNow(let f): return "\(f), 현재"
        case .plotLineStart(let f): return "\(f), 시작"
        case .plotLossTitle(let unit, let log):
            return "\(Message.plotUnit(unit).korean)별 손실" + (log ? " (로그 눈금)" : "")
        case .plotUnit(let unit): return unit == .epoch ? "에포크" : "업데이트"
        case .plotLossAxis: return "손실"
        case .plotLossSeries(let points): return "전체 점 \(points)개에 대한 손실"
        case .plotThinned(let stride): return "기록은 업데이트 \(stride)번에 하나만 남깁니다"
        case .plotNoUpdates: return "아직 업데이트가 없어 시작 손실(스텝 0)만 그립니다"
        case .plotPathTitle: return "L(w) 위의 w 경로"
        case .plotVisited(let weights): return "지나온 w (가중치 \(weights)개), 순서대로"
        case .plotBest(let w, let loss): return "최적 w = \(w), L = \(loss)"
        case .plotUnplaced(let name, let parts):
            let phrases = ["+inf", "-inf", "NaN", "로그 축의 0 이하 값"]
            let listed = parts.map { "\(phrases[min(max($0.kind, 0), 3)]) \($0.count)개 (\($0.symbol))" }
            return "\(name): " + listed.joined(separator: ", ") + "는 수로 그리지 않았습니다"
        case .plotDensity(let name, let points, let cell):
            return "\(name): 점 \(points)개를 \(cell) px 칸의 밀도로 그렸습니다 (진할수록 점이 많음)"
        case .plotThinnedColumns(let name, let points):
            return "\(name): 점 \(points)개를 픽셀 열마다 가장 낮은 점과 높은 점만 남겼습니다"
        case .plotMarkedEnds(let name, let vertices): return "\(name): \(vertices)개 중 처음과 끝만 표시했습니다"
        }
    }

    /// Where the data came from: the built-in labels in Korean, a file name as it is.
    static func koreanLabel(_ label: String) -> String {
        switch label {
        case "lecture": return "강의 데이터"
        case "inline": return "직접 입력"
        case "generated": return "생성한 데이터"
        case "none": return "없음"
        default: return label
        }
    }

    static let koreanResetHint = "먼저 'reset' 하고 (데이터와 설정은 그대로입니다) 'record' 하세요"

    /// `{2}`, `(전체 6개)`, `(점 32개)`.
    static func koreanPoints(_ points: PointsUsed) -> String {
        switch points {
        case .listed(let list): return "{" + list.map(String.init).joined(separator: ", ") + "}"
        case .all(let n): return "(전체 \(n)개)"
        case .count(let n): return "(점 \(n)개)"
        }
    }

    /// What a usage placeholder stands for, in the lecture's words.
    static func koreanNoun(_ placeholder: String) -> String {
        switch placeholder {
        case "I": return "점 번호"
        case "B": return "배치 크기"
        case "EPOCHS": return "에포크 수"
        case "SEED", "seed": return "시드"
        case "LR": return "학습률"
        case "W": return "가중치"
        case "N": return "개수 N"
        case "LO": return "하한 LO"
        case "HI": return "상한 HI"
        case "VARIANT": return "방식"
        case "SETTING": return "설정"
        case "TOPIC": return "항목"
        case "KIND": return "그림 종류"
        case "TABLE": return "표"
        case "LANG": return "언어"
        case "GENERATOR": return "난수 생성기"
        case "POLICY": return "처리 방법"
        case "STYLE": return "그림 방식"
        case "VALUE": return "값"
        case "OUTPUT": return "출력"
        default: return placeholder
        }
    }
}
