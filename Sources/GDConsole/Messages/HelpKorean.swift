/// The help in Korean: each command's summary and discussion, and the description of
/// every choice and option, keyed by command and parameter.
///
/// A parallel catalogue rather than a Korean field in each `CommandSpec`: the command
/// table stays one English declaration that parsing, completion and the README read and
/// that other work edits, and the Korean help is one file a translator reads top to bottom
/// (as rustc's Fluent files sit beside its code). Nothing is lost to the compiler:
/// `KoreanHelpTests` walks every command, choice and option in the table and fails on a
/// missing or a stale key.
///
/// Keys: `load` (summary), `load.` (discussion), `set/SETTING/lr` (a choice of the
/// parameter `SETTING`), `gen/option/noise` (an option).
enum HelpKorean {
    static func text(_ key: String) -> String? { catalogue[key] }

    static let catalogue: [String: String] = [
        "load": "점 불러오기: 강의의 점, CSV/TSV/공백 구분 파일, .npy 파일",
        "load.": """
        'load lecture'는 강의의 점 6개를 다시 불러옵니다 (gd는 이 점들로 시작합니다). 'load none'은 \
        'gd --empty'로 시작할 때처럼 데이터를 비웁니다 (그런 세션의 트랜스크립트는 이것으로 시작합니다). 'load FILE'은 \
        쉼표, 탭, 공백으로 나뉜 두 열의 수를 읽습니다. 수가 하나도 없는 첫 줄은 머리글이며, 모든 행은 \
        첫 행과 필드 수가 같아야 합니다. 머리글이 있으면 x와 y라는 이름의 열을, 없으면 0번과 1번 열을 \
        씁니다. x=COL, y=COL로 다른 열을 이름이나 0부터 세는 번호로 고릅니다. 모양이 (n, 2)인 .npy \
        파일은 바로 불러오고, 'load x=xs.npy y=ys.npy'는 1차원 .npy 파일 두 개를 짝짓습니다. 불러오면 \
        데이터가 바뀌고 가중치와 기록이 초기화됩니다. 어디 한 곳이라도 잘못된 파일은 아무것도 불러오지 \
        않습니다.
        """,
        "load/option/x": "x 열: 머리글 이름 또는 0부터 세는 번호",
        "load/option/y": "y 열: 머리글 이름 또는 0부터 세는 번호",

        "data": "점을 직접 입력: data 0 0, 1 0.8, 2 2.2",
        "data.": """
        주어진 점들로 데이터를 바꿉니다. 점은 'X Y' 꼴이고 쉼표로 나눕니다. 점의 번호는 입력한 순서대로 \
        0부터 셉니다. 'load'처럼 가중치와 기록을 초기화합니다.
        """,

        "gen": "모델에서 합성 데이터 N개 만들기: y = ŷ(x) + 잡음",
        "gen.": """
        x는 LO..HI에서 균등하게 뽑고 (x=, 기본 0..1) y = W·x (model=에 따라 W·x+B나 sin(W·x))에 \
        표준편차 S인 가우스 잡음을 더해 점 N개를 만듭니다. W는 w= (기본 1), B는 b= (기본 0), S는 \
        noise= (기본 0.1)입니다. gd 자체 난수 생성기를 쓰므로 시드가 \
        같으면 어느 컴퓨터에서나 같은 데이터가 나옵니다. 'load'처럼 가중치와 기록을 초기화합니다. 점 \
        수백만 개에서 세 방식을 비교해 볼 때 쓰세요 ('time epoch sgd').
        """,
        "gen/option/model": "line, affine, sine: x에서 y를 만드는 모델 (기본 line)",
        "gen/option/w": "참 가중치 (기본 1)",
        "gen/option/b": "affine 모델의 참 b (기본 0)",
        "gen/option/noise": "y에 더하는 가우스 잡음의 표준편차 (기본 0.1)",
        "gen/option/x": "x를 LO..HI에서 균등하게 뽑습니다 (기본 0..1)",
        "gen/option/seed": "이 데이터의 시드 (기본: 세션의 난수 생성기)",

        "set": "설정 바꾸기: lr, w, b, batch 등 ('help set'에 모두 있음)",
        "set.": """
        'set w'는 현재 가중치와 'reset'이 돌아갈 초기값을 함께 정하고 기록을 새로 시작합니다. \
        'set seed'와 'set rng'는 난수 생성기를 다시 시작하므로 다음 에포크의 순서는 그 시드의 첫 \
        순서입니다. 'set rng numpy'에 같은 시드를 쓰면 미니배치 에포크가 강의의 numpy 코드와 똑같은 \
        순서를 씁니다. 'set digits 6'은 수를 유효숫자 6자리로 반올림해 보여 줍니다 \
        (0.24200000000000002는 0.242). 기본값 'full'은 다시 읽어도 같은 수가 되는 가장 짧은 글자로 \
        보여 주며, 'save'는 언제나 이렇게 씁니다. 'set lang ko'는 한국어로, 'set lang en'은 영어로 \
        말합니다 (메시지, 도움말, 표, 그림. 명령어와 수는 그대로입니다). 'show settings'는 현재 값을 \
        모두 보여 줍니다. 'set optimizer'는 업데이트 규칙(PyTorch의 것, weight decay 0)을 고르고 그 기억을 \
        새로 시작합니다. momentum, beta1, beta2, rho, eps는 그 하이퍼파라미터이며 규칙을 바꿔도 \
        남습니다. 'set schedule'은 업데이트나 에포크 수에 따라 학습률을 바꿉니다 ('show schedule N'이 \
        그 목록을 보여 줍니다).
        """,
        "set/SETTING/lr": "학습률 α > 0",
        "set/SETTING/w": "현재 가중치이자 'reset' 뒤의 초기값",
        "set/SETTING/b": "현재 b이자 'reset' 뒤의 초기값 (affine 모델)",
        "set/SETTING/seed": "에포크 순서를 정하는 난수 생성기의 시드",
        "set/SETTING/batch": "기본 미니배치 크기",
        "set/SETTING/shuffle": "sgd와 미니배치 에포크의 순서를 섞을지",
        "set/SETTING/rng": "난수 생성기: gd, numpy (np.random.seed + shuffle), numpy-generator (default_rng)",
        "set/SETTING/on-diverge": "업데이트가 유한하지 않을 때: stop (앞의 업데이트 유지), rollback (명령 취소)",
        "set/SETTING/history-limit": "기록을 솎아 내기 전까지 남기는 업데이트 행 수",
        "set/SETTING/timer": "명령마다 걸린 시간을 보여 줄지 (stderr)",
        "set/SETTING/digits": "수를 보여 줄 유효숫자: 1부터 17, 또는 full",
        "set/SETTING/plot": "터미널 그림: auto (UTF-8이면 점자), braille, ascii",
        "set/SETTING/lang": "gd의 언어: en (영어) 또는 ko (한국어)",

        "set/SETTING/threads": "'sweep'이 쓰는 스레드 수: all (모든 코어) 또는 1부터 256",
        "set/SETTING/optimizer": "업데이트 규칙(옵티마이저): sgd, momentum, nesterov, adagrad, rmsprop, adam",
        "set/SETTING/momentum": "momentum과 nesterov의 모멘텀 계수 μ, [0, 1) 범위",
        "set/SETTING/beta1": "adam의 β₁, [0, 1) 범위",
        "set/SETTING/beta2": "adam의 β₂, [0, 1) 범위",
        "set/SETTING/rho": "rmsprop의 ρ, [0, 1) 범위 (PyTorch의 alpha)",
        "set/SETTING/eps": "√s에 더하는 ε > 0 (adagrad는 1e-10)",
        "set/SETTING/schedule": "학습률 스케줄: constant, step EVERY GAMMA, exponential GAMMA, invscaling POWER",
        "set/RULE/sgd": "θ ← θ − α·g (강의의 업데이트)",
        "set/RULE/momentum": "v ← μ·v + g; θ ← θ − α·v (모멘텀)",
        "set/RULE/nesterov": "v ← μ·v + g; θ ← θ − α·(g + μ·v) (네스테로프 모멘텀)",
        "set/RULE/adagrad": "s ← s + g²; θ ← θ − α·g/(√s + ε) (기울기 제곱의 누적)",
        "set/RULE/rmsprop": "s ← ρ·s + (1 − ρ)·g²; θ ← θ − α·g/(√s + ε) (기울기 제곱의 이동 평균)",
        "set/RULE/adam": "m ← β₁·m + (1 − β₁)·g; s ← β₂·s + (1 − β₂)·g²; θ ← θ − α·m̂/(√ŝ + ε) (아담)",
        "set/SCHEDULE/constant": "모든 업데이트에서 같은 학습률 α",
        "set/SCHEDULE/step": "α·γ^⌊e/EVERY⌋, e는 끝난 에포크 수 (PyTorch의 StepLR)",
        "set/SCHEDULE/exponential": "α·γ^e (PyTorch의 ExponentialLR)",
        "set/SCHEDULE/invscaling": "α / t^POWER, t는 업데이트 번호 (scikit-learn의 invscaling)",
        "show/TOPIC/optimizer": "업데이트 규칙과 그 설정, 그리고 그 상태",
        "show/TOPIC/schedule": "처음 N번의 업데이트나 에포크의 학습률",
        "plot/KIND/sweep": "마지막 sweep: 방식별로 시작 가중치에 대한 최종 가중치",
        "save/TABLE/report": "그 자체로 완결된 HTML 페이지 하나: 데이터, 설정, 그림, 기록, 첫 업데이트의 풀이",

        "explain": "마지막 업데이트(또는 STEP번째, 다음 업데이트)의 계산을 풀어 쓰기",
        "explain.": """
        'explain'은 마지막 업데이트를 강의처럼 풀어 씁니다: 공식, 모든 수를 대입한 같은 식 (각 점의 x, \
        예측값 ŷ = w·x, 잔차 y − ŷ, 1/n, −2, α), 기울기와 새 가중치입니다. 새 가중치는 강의처럼 \
        w*로 씁니다 (w* = w − α·∂L/∂w. 'show'는 최적 가중치를 w_best라고 부릅니다). 'explain STEP'은 아직 \
        기록에 남은 이전 업데이트를 풀어 씁니다. 'explain next VARIANT [I ...]'는 아직 하지 않은 \
        업데이트를 복사본에서 계산하므로 세션은 바뀌지 않습니다 (점은 'step'이 뽑는 대로 뽑습니다). 점이 \
        8개보다 많은 배치는 처음과 마지막 항만 보여 줍니다. 합은 업데이트가 쓴 것과 같은 numpy의 \
        쌍별 합입니다. 마지막에 보이는 가중치는 업데이트가 만든 값과 마지막 비트까지 같습니다. sgd가 \
        아닌 옵티마이저는 가중치마다 상태의 계산(v; s; adam은 m, s, m̂, ŝ, √ŝ + ε)과 실제로 곱한 \
        학습률(lr_eff)을 이어서 보여 주고, 학습률 스케줄이 있으면 먼저 α를 계산하는 줄을 보여 줍니다. \
        이전 스텝의 상태는 'goto'처럼 그 스텝을 만든 명령을 처음부터 다시 실행해서 되찾습니다 ('goto'와 \
        같은 비용). 마지막 명령 1024개보다 오래된 스텝은 상태를 더 이상 보관하지 않는다고 말하고, 그 \
        업데이트가 쓴 학습률을 보여 줍니다. 강의의 \
        데이터에서 강의 슬라이드에 나온 업데이트는, 슬라이드의 수가 어디서 왜 다른지 한 줄을 더 \
        보여 줍니다.
        """,

        "compare": "여기서부터 배치, 확률적, 미니배치 경사하강법을 복사본에서 나란히 실행",
        "compare.": """
        'compare'는 배치, 확률적(sgd), 미니배치 경사하강법 (B는 'set batch')을 현재 가중치에서 \
        EPOCHS 에포크 동안 (생략하면 10) 각각 현재 모델과 설정을 가진 세션의 복사본에서 실행하고, \
        방식마다 한 행을 보여 줍니다: 업데이트 수, 읽은 점 수, 최종 가중치와 손실, 최적 가중치까지의 \
        거리입니다. 그다음 세 방식의 전체 손실을 읽은 점 수에 대해 그립니다. 읽은 점 수가 공정한 \
        비용입니다 (한 에포크는 어떤 방식이든 모든 점을 한 번 읽습니다). 'to FILE.svg'는 그 그림을 \
        파일로 씁니다. 세션은 바뀌지 않으므로 되돌릴 것이 없습니다. 걸린 시간은 터미널 앞의 사람에게만 \
        (따로 한 줄로) 보여 주고 스크립트 출력이나 트랜스크립트에는 넣지 않으므로, 기록된 출력은 \
        실행할 때마다 같습니다.
        """,
        "compare/OUTPUT/to": "손실 그림을 SVG 파일로 씁니다",

        "sweep": "여러 시작 가중치에서 각 방식을 실행하고 도달한 최소점을 세기",
        "sweep.": """
        각 방식 (배치, sgd, 'set batch'의 B를 쓰는 미니배치)을 FROM부터 TO까지 (양 끝 포함) 고르게 \
        놓인 COUNT개의 시작 가중치에서 E 에포크 동안 (epochs=E, 기본 50) 현재 모델, 데이터, 학습률, \
        설정으로 실행합니다. sgd와 미니배치는 시작점마다 R번 실행하며 (runs=R, 기본 1), 실행마다 \
        세션의 시드에서 얻은 자기 시드를 쓰므로 sweep은 재현됩니다. 각 최종 가중치는 L(w)의 어느 \
        지역 최소의 분지(basin)에 속하는지 정해집니다. 최소점은 'show best'처럼 FROM..TO를 양쪽으로 \
        폭의 10분의 1씩 넓힌 범위에서 찾습니다. 그 범위 밖이나 가장 바깥 최소점 너머의 능선을 넘어 \
        끝난 실행은 '범위를 벗어난' 것입니다. 표에는 방식마다 한 행이 있습니다. line과 affine의 \
        손실은 최소점이 하나이므로 유한하게 끝난 실행은 모두 전역 최소의 분지에 듭니다 (affine: w만 \
        바꾸고 b는 시작값 그대로). 세션은 난수 생성기까지 바뀌지 않습니다. 실행은 'set threads'개의 \
        스레드에 나뉘며 스레드 수와 상관없이 결과가 같습니다. 'to FILE.csv'는 실행마다 한 행도 \
        씁니다. 'plot sweep'은 마지막 sweep을 그립니다. Ctrl-C로 멈춥니다.
        """,
        "sweep/option/epochs": "실행마다 에포크 수 (기본 50)",
        "sweep/option/runs": "sgd와 미니배치의 시작 가중치마다 실행 횟수 (기본 1)",
        "sweep/OUTPUT/to": "실행마다 한 행을 CSV 파일로 씁니다",

        "init": "시작 가중치 뽑기: xavier, he, uniform A B, normal MEAN STD",
        "init.": """
        세션의 난수 생성기를 시드의 처음부터 써서 w를 (affine 모델은 b도: xavier와 he는 0, uniform과 \
        normal은 뽑은 값) 뽑아 시작 가중치로 삼고 초기화합니다. 그래서 'reset'은 이 값으로 돌아가고 \
        'show'는 이 값이 어디서 왔는지 보여 줍니다. 형식은 PyTorch의 torch.nn.init과 같고, 이득은 \
        xavier가 1, he가 √2이며, 가중치 하나이므로 fan_in = fan_out = 1입니다. 'set w'나 'set b'는 \
        뽑은 시작값을 바꿉니다.
        """,
        "init/FORM/xavier": "경계 √(6/(fan_in+fan_out)) = √3, 또는 표준편차 √(2/(fan_in+fan_out)) = 1",
        "init/FORM/he": "경계 √(6/fan_in) = √6, 또는 표준편차 √(2/fan_in) = √2",
        "init/FORM/uniform": "[A, B)에서 균등 분포",
        "init/FORM/normal": "평균 MEAN, 표준편차 STD인 정규 분포",
        "init/DIST/uniform": "±경계 안에서 균등하게 뽑습니다 (기본값)",
        "init/DIST/normal": "평균 0인 정규 분포에서 뽑습니다",
        "set/VALUE/on": "켜기",
        "set/VALUE/off": "끄기",
        "set/GENERATOR/gd": "xoshiro256** (gd 자체 생성기, 기본값)",
        "set/GENERATOR/numpy": "numpy의 옛 MT19937: np.random.seed + np.random.shuffle",
        "set/GENERATOR/numpy-generator": "numpy의 PCG64: np.random.default_rng(seed).permutation",
        "set/POLICY/stop": "잘못된 업데이트 앞까지의 업데이트를 남깁니다",
        "set/POLICY/rollback": "명령 전체를 되돌립니다",
        "set/STYLE/auto": "출력이 UTF-8이면 점자, 아니면 ASCII",
        "set/STYLE/braille": "점자 칸 하나에 점 2×4개",
        "set/STYLE/ascii": "일반 ASCII 문자",
        "set/LANG/en": "영어 (English)",
        "set/LANG/ko": "한국어",

        "step": "업데이트 한 번: 전체 점, 점 하나, 또는 점 몇 개로",
        "step.": """
        'step batch'는 모든 점을 씁니다 (배치 경사하강법). 'step sgd I' (또는 'step sgd i=I')는 점 I \
        (0부터 셈) 하나를, 'step sgd'는 무작위 점 하나를 씁니다 (확률적 경사하강법). 'step minibatch I \
        J ...'는 나열한 점들을 그 순서대로 쓰고, 점을 나열하지 않으면 'batch'개의 서로 다른 점을 무작위로 \
        뽑습니다 (미니배치 경사하강법). 스텝마다 번호, 쓴 점, 이전 w → 이후 w, 업데이트 뒤 전체 점에 \
        대한 손실을 보여 줍니다.
        """,
        "step/VARIANT/batch": "업데이트 한 번에 모든 점 (배치 경사하강법)",
        "step/VARIANT/sgd": "업데이트 한 번에 점 하나 (확률적 경사하강법)",
        "step/VARIANT/minibatch": "업데이트 한 번에 점 몇 개 (미니배치 경사하강법)",

        "epoch": "데이터 한 바퀴: 배치, sgd, 미니배치 업데이트로",
        "epoch.": """
        batch: 모든 점으로 업데이트 한 번. sgd: 점마다 업데이트 한 번, 섞인 순서로 모든 점을 한 번씩 \
        ('set shuffle off'면 데이터 순서). minibatch: 섞인 순서를 B개씩 잘라 차례로 쓰며, B가 n을 \
        나누어떨어지지 않으면 마지막 조각이 짧습니다. B (b=B로도 씀)의 기본값은 'set batch'입니다. \
        에포크, 업데이트 수, 이전 w → 이후 w, 손실을 한 줄로 보여 줍니다.
        """,
        "epoch/VARIANT/batch": "업데이트 한 번에 모든 점 (배치 경사하강법)",
        "epoch/VARIANT/sgd": "업데이트 한 번에 점 하나 (확률적 경사하강법)",
        "epoch/VARIANT/minibatch": "업데이트 한 번에 점 몇 개 (미니배치 경사하강법)",

        "train": "에포크 여러 번을 이어서, 에포크마다 한 줄",
        "train.": """
        'epoch'처럼 EPOCHS번 에포크를 돌리고 에포크마다 한 줄을 보여 줍니다. 수에는 이름을 붙여 아무 \
        순서로나 쓸 수 있습니다: 'train minibatch b=2 epochs=10'은 'train minibatch 2 10'과 같습니다. \
        Ctrl-C는 지금 업데이트가 끝나면 멈추고 끝난 업데이트는 모두 남깁니다. 업데이트가 유한하지 않게 \
        되면 거기서 멈춥니다 ('set on-diverge' 참고). 'set shuffle off'와 'set rng numpy'로 세 방식은 \
        강의의 참조 함수를 그대로 재현합니다 (강의의 sgd는 모든 점을 순서대로 지나며, 코드에 남은 \
        'i = 2'는 재현하지 않습니다).
        """,
        "train/VARIANT/batch": "업데이트 한 번에 모든 점 (배치 경사하강법)",
        "train/VARIANT/sgd": "업데이트 한 번에 점 하나 (확률적 경사하강법)",
        "train/VARIANT/minibatch": "업데이트 한 번에 점 몇 개 (미니배치 경사하강법)",

        "show": "w, b, 손실, 데이터, 기록, 에포크, 설정, 최적값 등 보기",
        "show.": """
        'show'만 쓰면 w(와 b), 전체 점에 대한 손실, 최적값까지의 거리(line은 |w − w_best|, affine은 \
        (w, b)에서 (w_best, b_best)까지의 유클리드 거리, sine은 -5..5에서 가장 가까운 지역 최소 w_m까지의 \
        |w − w_m|과 그것이 전역 최소인지. sine은 점이 100,000개를 넘으면 'show'마다 찾지 않습니다), \
        스텝과 에포크 수를 보여 줍니다. 데이터가 없으면 손실 대신 그렇다고 알립니다. w_best와 \
        b_best는 최적 가중치이고, 'explain'의 w*는 강의처럼 업데이트된 가중치입니다 \
        (w* = w − α·∂L/∂w). 'show w'는 'w = …'를, 'show loss'는 현재 w에서 전체 점에 대한 \
        손실을 '손실 = …'로 스크립트가 믿고 쓸 수 있는 꼴로 보여 주고, 'show loss at W [B]'는 세션을 \
        움직이지 않고 다른 가중치에서의 손실을 보여 줍니다. 'show history'는 업데이트 표입니다. \
        'show w_history'와 'show mse_history'는 강의의 참조 코드가 돌려주는 목록을 파이썬 표기로 \
        보여 주므로 노트북과 비교할 수 있습니다. 'show best'는 손실이 가장 작은 가중치를 알려 줍니다: \
        직선은 Σxy/Σx², affine 모델은 최소제곱, sine은 LO..HI (기본 -5..5)에서 L(w)의 모든 지역 \
        최소를 격자로 찾아 다듬고 전역 최소를 표시합니다. 'show optimizer'는 업데이트 규칙과 그 설정, \
        그리고 그 상태(매개변수마다 v, s, m, t)를 보여 주고, 'show schedule N'은 처음 N번의 업데이트(또는 \
        에포크)의 학습률을 보여 줍니다.
        """,
        "show/TOPIC/b": "현재 b (affine 모델)",
        "show/TOPIC/best": "최적 가중치와 그 손실 (sine: LO..HI의 모든 지역 최소)",
        "show/AT/at": "세션을 움직이지 않고 다른 가중치에서",
        "show/TOPIC/w": "현재 가중치",
        "show/TOPIC/loss": "전체 점에 대한 손실: 현재 가중치에서, 또는 'at W [B]'에서",
        "show/TOPIC/data": "0부터 번호를 붙인 점들",
        "show/TOPIC/history": "업데이트마다 한 행",
        "show/TOPIC/epochs": "에포크마다 한 행",
        "show/TOPIC/settings": "모든 설정",
        "show/TOPIC/w_history": "참조 코드의 w_history 목록",
        "show/TOPIC/mse_history": "참조 코드의 mse_history 목록",

        "plot": "적합, 손실, w의 경로를 터미널이나 SVG 파일에 그리기",
        "plot.": """
        'plot fit'은 점들과 현재 직선, 시작 직선을 그립니다. 'plot loss'는 업데이트마다 (업데이트가 \
        1,000번을 넘으면 에포크마다) 전체 점에 대한 손실을 그리고, 'plot loss log'는 로그 눈금으로 \
        그립니다. 'plot path'는 지나온 가중치들 위에 L(w)를 그리고 각 가중치를 순서대로 표시해 \
        잇습니다. 'plot sweep'은 마지막 'sweep'을 그립니다: 방식마다 각 실행의 최종 가중치를 시작 \
        가중치에 대해 그립니다. UTF-8 터미널에서는 점자로, 아니면 ('set plot ascii' 뒤에도) 일반 ASCII로 그립니다. \
        프롬프트에서는 터미널 크기에 맞추고, 스크립트와 트랜스크립트에서는 72×20 글자입니다. 유한하지 \
        않은 값은 가장자리에 표시하고 세어 알려 줄 뿐 수로 그리지 않습니다. 'to FILE.svg'는 같은 \
        그림을 독립 SVG 파일로 통째로 쓰며, 'force'를 붙이지 않으면 이 세션에서 불러오거나 실행한 \
        파일을 덮어쓰지 않습니다. 데이터가 많으면 밀도 칸으로 그리고 그림에 그렇게 적습니다.
        """,
        "plot/KIND/fit": "점들, 현재 직선, 시작 직선",
        "plot/KIND/loss": "업데이트(많으면 에포크)마다 전체 손실. 'log'는 로그 눈금",
        "plot/KIND/path": "지나온 가중치를 순서대로 표시한 L(w)",
        "plot/OUTPUT/to": "그림을 SVG 파일로 씁니다",

        "model": "맞추는 모델 보기 또는 바꾸기: line, affine, sine",
        "model.": """
        'model'만 쓰면 현재 모델을 보여 줍니다. line은 ŷ = w·x로 강의의 모델이자 기본값입니다. affine은 \
        ŷ = w·x + b로, 두 가중치를 같은 기울기 계산에서 함께 업데이트하며 'show', 'show history', \
        'save history'에 b가 들어갑니다. sine은 ŷ = sin(w·x)로, 손실에 지역 최소가 많습니다 ('show best'가 \
        모두 보여 줍니다). 모델을 바꾸면 데이터와 설정은 그대로 두고 가중치(b는 0부터)와 기록을 새로 \
        시작합니다. 손실은 평균제곱오차이며, 'set rng numpy'에서 affine 모델은 w와 b로 쓴 강의의 numpy \
        코드와 비트 단위로 같습니다. sine은 C 라이브러리의 sin과 cos를 쓰므로 numpy와 비트 단위로 같지는 \
        않습니다.
        """,
        "model/MODEL/line": "ŷ = w·x, 강의의 모델이자 기본값",
        "model/MODEL/affine": "ŷ = w·x + b: 직선에 절편 b를 더한 모델",
        "model/MODEL/sine": "ŷ = sin(w·x): 지역 최소가 많은 손실",

        "undo": "마지막 업데이트, 마지막 N번, 또는 모두 되돌리기",
        "undo.": """
        가중치, 카운터, 기록의 행, 난수 생성기를 그 업데이트 전으로 되돌리므로, 다음 무작위 선택은 처음과 \
        같습니다. 'undo all'은 스텝 0으로 돌아갑니다. 설정은 지금 그대로입니다. 옵티마이저의 기억(t, v, m, s)도 \
        되돌아오지만, 그 뒤 'set optimizer'로 규칙을 바꿨다면 'set optimizer'처럼 처음부터 다시 시작하고 \
        그렇다고 알려 줍니다. 되돌린 업데이트는 새 \
        업데이트를 하기 전까지 'goto'로 똑같이 다시 할 수 있습니다. 긴 명령의 일부를 되돌리면 그 명령을 \
        처음부터 다시 실행하므로, 명령이 걸린 시간보다 더 걸리지 않습니다.
        """,

        "goto": "스텝 0부터 가장 최근 스텝까지 어디로든 이동 (undo 뒤의 다시 하기)",
        "goto.": """
        세션을 STEP번째 업데이트 직후로 되돌립니다: 가중치, 카운터, 기록, 난수 생성기. undo 뒤에 앞으로 \
        가면 같은 업데이트를 그때의 설정으로 똑같이 다시 합니다. 뒤로 간 다음 새 업데이트를 하면, 편집기가 \
        다시 하기를 잊듯 그 뒤의 스텝들은 잊습니다. 옵티마이저의 기억은 다른 규칙이 만든 것이면 'undo' 뒤처럼 \
        처음부터 다시 시작합니다.
        """,

        "reset": "w를 초기값으로, 기록·스텝·난수 생성기를 처음부터",
        "reset.": "데이터와 설정은 그대로 둡니다. 난수 생성기가 시드부터 다시 시작하므로 reset한 세션은 똑같이 재현됩니다.",

        "save": "기록이나 데이터를 CSV 파일로, 또는 보고서 페이지로 쓰기",
        "save.": """
        'save history FILE'은 업데이트마다 한 행을, 머리글부터 씁니다: step, epoch, variant, points, \
        w_before, w_after, gradient, loss_used, loss (파일 형식이므로 영어 그대로입니다). affine \
        모델은 gradient 뒤에 b_before, b_after, gradient_b가 붙고, 옵티마이저나 학습률 스케줄이 \
        업데이트를 하면 옵티마이저가 방향에 곱한 배율 lr_eff (affine은 lr_eff_b도)가 붙습니다. 'save data \
        FILE'은 점들을 x,y로 씁니다. 파일은 통째로 쓰이거나 전혀 쓰이지 않습니다 (임시 파일에 쓴 뒤 \
        이름을 바꿉니다). 이 세션에서 불러오거나 스크립트로 실행한 파일은 'force'를 붙여야 덮어씁니다.
        """,
        "save/TABLE/history": "업데이트마다 한 행",
        "save/TABLE/data": "x,y 꼴의 점들",

        "source": ".gd 파일의 명령을 이 세션에서 실행",
        "source.": """
        FILE을 한 줄씩 입력한 것처럼 실행하고, 첫 오류에서 멈춥니다 (오류는 파일, 줄, 열과 그곳에 \
        이른 'source' 줄들을 알려 줍니다). 파일은 다른 파일을 25단계까지 source할 수 있으며, 직접이든 \
        아니든 자기 자신을 source하는 파일은 거부합니다.
        """,

        "record": "이후 입력을 트랜스크립트 FILE.gdt로 기록. 'record stop'으로 끝",
        "record.": """
        지금부터 입력하는 명령을 'gd> ' 뒤에, 그 출력을 아래에 트랜스크립트로 씁니다. 'gd test'가 \
        이를 재생해 한 바이트까지 비교합니다. 'record stop'은 파일을 닫습니다. 터미널에만 보이는 \
        출력(색, 시간)은 기록하지 않습니다. 이미 있는 파일은 'overwrite' (새로 쓰기)나 'append' (끝에 \
        덧붙이기)를 붙이지 않으면 그대로 두며, 이 세션에서 불러오거나 실행한 파일에는 절대 기록하지 \
        않습니다.
        """,

        "time": "명령을 실행하고 걸린 시간, 초당 업데이트와 점 수를 stderr에",
        "time.": """
        시간 줄은 표준 오류로 나가며 트랜스크립트에 들어가지 않으므로, 수업의 출력은 컴퓨터가 달라도 \
        같습니다.
        """,

        "echo": "글 한 줄 출력 (수업 자료용)",
        "echo.": "단어들을 출력하며 이어진 공백은 하나로 줄입니다. 간격이나 '#', ';'를 그대로 두려면 따옴표로 감싸세요.",

        "help": "명령 목록 보기, 또는 명령 하나 설명: help step",
        "help.": """
        여기 보이는 모든 것은 파서가 읽는 바로 그 명령 표에서 만들어집니다. 'help set SETTING'은 설정 \
        하나를 설명합니다. 명령이 아니라 방식, 주제, 설정의 이름('help sgd', 'help lr')을 쓰면 읽을 \
        페이지를 알려 줍니다.
        """,

        "quit": "gd 끝내기 (Ctrl-D도 됩니다)",
        "quit.": "프롬프트의 입력 기록을 저장합니다. 스크립트에서는 스크립트를 멈추고 상태 0으로 끝냅니다.",
    ]
}
