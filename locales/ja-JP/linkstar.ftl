# LinkStar — 日本語。金額・日時・大きな数値は読み手の言語に合わせて整形済みで渡されます。

## クリエイターへのお知らせ

notice-invite =
    「{ $campaign }」へのご招待です！{ $product } のPRを、報酬 { $fee } でお願いできればと思います。
    { $respond_by } までにご返信ください。
notice-offer-revised =
    「{ $campaign }」のオファー内容が変更されました：{ $changed }。現在の報酬は { $fee } です。
    内容をご確認のうえ、{ $respond_by } までにあらためて承諾してください。
notice-contract-confirmed =
    「{ $campaign }」の契約が成立しました。承諾が記録され、条件が確定しています。最初の下書きの締め切りは { $draft_due } です。
    契約条件の照合番号：{ $terms_hash }
notice-changes-requested =
    「{ $campaign }」の下書きについて、ブランドから修正のご依頼がありました（修正 { $round } 回目／全 { $rounds } 回）：
    { $notes }
notice-draft-approved = 「{ $campaign }」の下書きが承認されました！{ $publish_opens } から { $publish_closes } までの間に投稿してください。広告表記もお忘れなく。
notice-draft-approved-tracking = 投稿にはこちらのトラッキングリンクをお使いください：{ $link }
notice-draft-approved-discount = フォロワー向けの割引コード：{ $code }
notice-post-verified = 「{ $campaign }」の投稿を確認しました。ありがとうございました！
notice-payment-scheduled = { $amount } のお支払いを { $due } に予定しています。
notice-payment-paid = { $amount } をお支払いしました。支払い参照番号：{ $reference }
notice-deal-cancelled = ブランドが「{ $campaign }」のコラボレーションを中止しました。予定の変更となり申し訳ありません。
notice-invite-expired = 期限内にご返答がなかったため、「{ $campaign }」のオファーは期限切れとなりました。

## 運用担当者へのお知らせ

notice-counter-received = { $creator } さんが案件 #{ $deal } に { $fee } の報酬を提案しました。
notice-offer-declined = { $creator } さんが案件 #{ $deal } のオファーを辞退しました。
notice-draft-submitted = { $creator } さんが案件 #{ $deal } の下書き（バージョン { $version }）を提出しました。レビューをお願いします。
notice-post-submitted = { $creator } さんが案件 #{ $deal } の公開済み投稿を提出しました：{ $url }
notice-draft-auto-approved = 案件 #{ $deal } の { $creator } さんの下書きは、{ $hours } 時間の確認期限を過ぎたため自動的に承認されました。
notice-creator-unreachable = { $creator } さんに { $platform } で連絡できなくなりました（ボットがブロックされたか、メッセージが閉じられています）。メッセージは再び書き込みがあるまで保留されます。

## 運用チーム向けの日次ダイジェスト

digest-title = { $day } の日次ダイジェスト
digest-quiet = 今日は対応が必要なものはありません。
digest-reviews-late = { $count ->
   *[other] 確認期限を過ぎた下書き { $n } 件:
}
digest-counters = { $count ->
   *[other] 回答待ちの逆提案 { $n } 件:
}
digest-payments-overdue = { $count ->
   *[other] 期限超過の支払い { $n } 件:
}
digest-unreachable = { $count ->
   *[other] 連絡できないクリエイター { $n } 人:
}
digest-deadlines-overdue = { $count ->
   *[other] 下書きまたは投稿の期限を過ぎた案件 { $n } 件:
}
digest-due-today = { $count ->
   *[other] 今日が期限のもの { $n } 件:
}
digest-more = { $count ->
   *[other] …ほか { $n } 件
}
digest-item-review = #{ $deal } { $creator }: 確認期限 { $due }
digest-item-counter = #{ $deal } { $creator }: { $fee } を提案（{ $since } から）
digest-item-payment = #{ $deal } { $creator }: { $amount }、支払期日 { $due }
digest-item-unreachable = { $creator }（{ $platform }）
digest-item-respond-by = #{ $deal } { $creator }: オファーへの回答期限 { $due }
digest-item-draft = #{ $deal } { $creator }: 下書きの期限 { $due }
digest-item-post = #{ $deal } { $creator }: 投稿の期限 { $due }

## 変更されうる契約条件

term-deliverables = 納品物
term-fee = 報酬
term-payment_model = 支払い方式
term-deposit_pct = 前払い金
term-usage_rights = 二次利用権
term-exclusivity_days = 競合排他期間
term-respond_by = 返答期限
term-draft_due = 下書きの締め切り
term-publish_window = 投稿期間
term-revision_rounds = 修正回数
term-review_sla_hours = ブランドの確認期間
term-min_live_days = 投稿の掲載日数
term-other = その他の条件

## エラー（固定コード別）

error-review-note-time = メモの時刻が動画内の時点になっていないか、時刻の後に内容がありません。時刻は m:ss または h:mm:ss で書き、続けて修正内容を書いてください（例：「0:12 ラベルを見せる」）。
error-illegal-transition = 案件の現在の段階では、この操作はできません。
error-revision-rounds-exhausted = 契約に含まれる修正回数をすべて使い切りました。
error-payment-before-verification = このお支払いは、投稿の確認が済んでから行えます。
error-payments-open = この案件にはまだ未完了のお支払いがあります。
error-terms-changed = ご確認後に条件が変更されました。新しいオファーをご確認のうえ、あらためて承諾してください。
error-invalid-value = 入力内容に誤りがあるようです。ご確認のうえ、もう一度お試しください。
error-brief-template-invalid = ブリーフのテンプレートに誤りがあります。差し込み項目をご確認ください。
error-post-link-not-a-url = リンクではないようです。投稿の完全なURLを送ってください。
error-post-link-wrong-platform = このリンクは、案件で指定されたものとは別のプラットフォームのものです。
error-post-link-wrong-account = この投稿は別のアカウントのものです。ご自身のアカウントの投稿リンクを送ってください。
error-post-link-already-used = この投稿リンクは、すでに別の案件で提出されています。
error-post-link-short = これは短縮リンクで、誰の投稿かがわかりません。アプリで投稿を開き、「シェア」→「リンクをコピー」を押して、その完全なリンクを送ってください（例：https://www.tiktok.com/@yourname/video/…）。
error-not-found = 見つかりませんでした。削除された可能性があります。
error-not-your-deal = この案件は別の方のものです。
error-token-unknown = この招待リンクは無効です。すべてコピーされているかご確認ください。
error-token-used = この招待リンクはすでに使用されています。お心当たりがない場合は、ブランドにご連絡ください。
error-token-expired = この招待リンクは有効期限が切れています。ブランドに新しいリンクをご依頼ください。
error-forbidden = この操作を行う権限がありません。
error-duplicate = すでに存在しています。
error-storage = システム側で問題が発生しました。しばらくしてからもう一度お試しください。
error-unknown = 申し訳ありません、問題が発生しました。もう一度お試しください。

## 下書きの自動チェック

check-missing-disclosure = キャプションに広告表記がありません。投稿前に { $accepted } を追加してください。
check-missing-hashtag = キャプションにハッシュタグ { $tag } が入っていません。
check-missing-mention = キャプションでまだ { $handle } がメンションされていません。
check-forbidden-claim = キャプションに、ブランドが使えない表現が含まれています：「{ $claim }」。削除してください。
check-caption-too-long = キャプションが { $chars } 文字あります。上限は { $max } 文字です。
check-file-empty = ファイルが空の状態で届きました。もう一度送ってください。
check-file-too-large = このファイルは上限の { $max } を超えています。短くする、解像度を下げるなどして、小さいファイルを送ってください。
check-file-mib = { $size } MiB
check-file-type = このファイル形式には対応していません。{ $allowed } で送ってください。
check-file-kind-video = 動画
check-file-kind-image = 画像
check-file-kind-audio = 音声ファイル
check-file-kind-pdf = PDFファイル
check-file-kind-other = { $kind } ファイル

## 案件の段階

## Review pane: draft file, picture, save and open (issue 15)

action-view-file = 画像を表示
action-save-file = ファイルをフォルダーに保存
action-open-file = システムのビューアーで開く
dash-this-version = このバージョン
dash-earlier-versions = 以前のバージョンとコメント
dash-first-version = 最初のバージョンです。
dash-file-type = 種類
dash-file-size = サイズ
dash-file-picture = 画像
dash-save-to = このフォルダーに保存
dash-file-saved = 保存先
dash-file-opened = システムのビューアーで開きました。
dash-file-missing = ファイルがファイル保管庫にありません。届いていないか、削除されています。
dash-file-unreadable = ファイルを読み書きできませんでした:
dash-open-remote = 開くにはダッシュボードをこのコンピューターで動かす必要があります。SSH 経由では保存してください。
dash-open-failed = システムのビューアー（xdg-open または open）を起動できませんでした。
dash-not-a-picture = ここに表示できるのは画像だけです。このファイルは保存するか開いてください。
dash-no-file = この下書きはテキストのみで、ファイルはありません。
dash-notes-video-hint = 1 行に 1 つ、動画の時刻から書きます: 0:12 ラベルを見せる

stage-offered = オファー中
stage-negotiating = 交渉中
stage-contracted = 契約済み
stage-in_review = レビュー中
stage-changes_requested = 修正依頼中
stage-approved = 承認済み
stage-published = 投稿済み
stage-verified = 確認済み
stage-completed = 完了
stage-removed = 早期削除
stage-declined = 辞退
stage-expired = 期限切れ
stage-cancelled = 中止

## リマインダー

time-left-days = 残り{ $days }日
time-left-hours = 残り{ $hours }時間
time-left-overdue = 期限切れ
reminder-respond-by = リマインダー：「{ $campaign }」のオファーへのご返答期限は { $due } です（{ $left }）。
reminder-draft-due = リマインダー：「{ $campaign }」の下書きの締め切りは { $due } です（{ $left }）。
reminder-publish-by = リマインダー：「{ $campaign }」の投稿は { $due } までにお願いします（{ $left }）。

## 交渉：逆提案へのブランドの回答、そのリマインダーと期限切れ

# ブランドの回答（issue 15）：提案報酬の見送り、再提案のメモ、投稿リンクの差し戻し、時刻付きの修正メモ
notice-counter-declined = 「{ $campaign }」でご提案いただいた報酬には応じられないとのことです。ブランドの { $fee } のオファーはそのまま有効です。{ $due } までに承諾、辞退、または別の報酬の提案をお選びください。
notice-brand-note = ブランドからのメモ：{ $note }
notice-post-refused =
    「{ $campaign }」でお送りいただいた投稿リンク（{ $url }）は受け付けられませんでした：{ $reason }
    修正のうえ、投稿のリンクをもう一度お送りください。
notice-review-note-at = • { $at } — { $text }
notice-review-note = • { $text }

notice-counter-pending = 案件 #{ $deal }：{ $creator } さんが提案した報酬 { $fee } への回答を待っています。{ $due }（{ $left }）までに受け入れるかオファーを修正してください。期限を過ぎるとオファーは失効します。
notice-counter-expired = 案件 #{ $deal }：{ $creator } さんが提案した報酬 { $fee } に期限内に誰も回答しなかったため、オファーは失効しました。
notice-negotiation-expired = { $campaign } についてあなたが提案した報酬 { $fee } に、ブランドから期限内に回答がなかったため、オファーは失効しました。
deadline-counter_answer = 逆提案への回答
scheduled-remind-counter = チームへのリマインダー：逆提案に回答
bot-status-counter = 次：ブランドが { $due }（{ $left }）まであなたの提案した報酬 { $fee } を検討中です

## ボタン・コマンド・画面

button-accept = 承諾する
button-decline = 辞退する
button-propose-fee = 報酬を提案する
button-read-brief = ブリーフを全文読む
command-link = このチャットをLinkStarの招待と連携する
command-status = 案件・締め切り・お支払いの状況
command-help = 次にやること
command-language = 言語を変更する
command-draft = 下書きを確認に送る
command-post = 公開した投稿のリンクを送る
option-token = 招待に書かれたコード
option-file = 下書き：動画、写真、または文書
option-caption = 投稿時に添えるキャプション
option-url = 公開した投稿のリンク
field-fee = 希望報酬（例：600 EUR）
discord-name-link = 連携
discord-name-deals = 案件
discord-name-draft = 下書き
discord-name-post = 投稿
discord-name-language = 言語
discord-name-help = ヘルプ
discord-name-token = コード
discord-name-file = ファイル
discord-name-caption = キャプション
discord-name-url = リンク
screen-pipeline = パイプライン
screen-campaigns = キャンペーン
screen-creators = クリエイター
screen-review = レビュー待ち
screen-payments = 支払い
screen-reports = レポート
screen-activity = アクティビティ

## クリエイター本人との個別チャット以外での Telegram ボット

bot-private-chat-only = このボットは個別チャットでのみ利用できます。直接メッセージを送ってください。
bot-not-your-button = このボタンはあなた宛てではないため、何も変更されていません。

## 言語名（各言語の自称。すべてのファイルで同じ）

language-en-US = English
language-zh-CN = 简体中文
language-es-ES = Español
language-pt-BR = Português (Brasil)
language-id-ID = Bahasa Indonesia
language-th-TH = ไทย
language-vi-VN = Tiếng Việt
language-de-DE = Deutsch
language-fr-FR = Français
language-ja-JP = 日本語
language-changed = 設定しました！これからは{ $language }でお送りします。

## チャットのクリエイターアシスタント

bot-welcome =
    { $platform ->
        [discord] こんにちは！ブランドとのコラボレーションをお手伝いするアシスタントです。はじめるには、ブランドから届いた招待のコードを付けて { $link } を送ってください。
       *[other] こんにちは！ブランドとのコラボをお手伝いするアシスタントです。まずはブランドから届いた招待リンクを開いてください。
    }
bot-not-linked =
    { $platform ->
        [discord] このチャットはまだ招待と連携していません。ブランドから届いた招待のコードを付けて { $link } を送ってください。
       *[other] このチャットはまだ招待とつながっていません。ブランドから届いた招待リンクを開いてください。
    }
bot-linked = ようこそ、{ $name } さん！このチャットの連携が完了しました。{ $campaign } のオファーがまもなく届きます。
bot-unknown-command = そのコマンドはわかりません。{ $help } を送ると、できることを確認できます。
bot-nothing-expected = 今はお送りいただくものはありません。{ $status } を送ると、コラボの状況を確認できます。
bot-button-stale = このボタンはもう使えません。{ $status } を送って現在の状況を確認してください。
bot-ask-fee = { $campaign } にいくらの報酬を提案しますか？{ $currency } で金額を送ってください（例：{ $example }）。オファーをそのままにする場合は「キャンセル」を押してください。
bot-fee-invalid = 金額として読み取れませんでした。数字だけを送ってください（例：{ $example }）。または「キャンセル」を押してください。
bot-counter-sent = ありがとうございます！{ $fee } の提案をブランドに送りました。返事があり次第お知らせします。
bot-accepted = { $campaign } のオファーを承諾しました。
bot-declined = { $campaign } のオファーを辞退しました。ご連絡ありがとうございます！
bot-brief = { $campaign } のブリーフ：
bot-expect-file =
    { $platform ->
        [discord] { $campaign } の下書きを { $draft } で送ってください。ファイルを添付し、キャプションを入力してください。
       *[other] { $campaign } の下書きを、ファイル・写真・動画のいずれかで送ってください。キャプションは同じメッセージに添えてください。
    }
bot-which-deal = この下書きはどのコラボのものですか？
bot-draft-received = 受け取りました！{ $campaign } の下書き（バージョン { $version }）をブランドが確認します。
bot-checks-passed = 自動チェック：キャプションに必要な内容がそろっています。
bot-checks-found = 自動チェックで、投稿前に直すべき点が見つかりました：
bot-post-received = ありがとうございます！{ $campaign } の投稿を記録しました。まもなくブランドが確認します。
bot-language-choose = 言語を選んでください：
bot-status-empty = まだコラボはありません。
bot-status-title = あなたのコラボ：
bot-status-deal = { $campaign }：{ $stage }
bot-status-deadline = 次の期限：{ $deadline }、{ $due }（{ $left }）
bot-status-payment-open = 支払い：{ $amount }、期日 { $due }
bot-status-payment-paid = 支払い：{ $amount }、支払い済み
bot-help-not-linked =
    { $platform ->
        [discord] ブランドの招待のコードを付けて { $link } を送ると、このチャットが連携されます。その後、ここにオファーを表示します。
       *[other] ブランドから届いた招待リンクを開いて、このチャットを連携してください。その後、ここにオファーを表示します。
    }
bot-help-offered = { $campaign } のオファーとブリーフを読んで、オファーの下のボタンで回答してください。
bot-help-negotiating = { $campaign } にあなたが提案した報酬をブランドが検討中です。返事があればお知らせします。
bot-help-contracted =
    { $platform ->
        [discord] { $campaign } の下書きを { $draft } で送ってください：動画、写真、またはドキュメントとキャプション。
       *[other] { $campaign } の下書きをここに送ってください。動画・写真・書類のいずれかに、キャプションを同じメッセージで添えてください。
    }
bot-help-in-review = { $campaign } の下書きをブランドが確認中です。結果はここでお知らせします。
bot-help-changes =
    { $platform ->
        [discord] { $campaign } についてブランドから修正依頼がありました。新しい下書きを { $draft } で送ってください。
       *[other] { $campaign } について、ブランドから修正の依頼がありました。新しいバージョンをここに送ってください。
    }
bot-help-approved = 投稿期間内に { $campaign } の投稿を公開し、そのリンクを送ってください。
bot-help-published = { $campaign } の投稿をブランドが確認中です。
bot-help-done = 今のところ対応が必要なことはありません。必要なときはこちらから連絡します。
bot-help-commands = コマンド：
bot-expect-answer = { $campaign } のオファーがあなたの回答を待っています。下のボタンで承諾、辞退、または別の報酬を提案してください。
bot-already-linked = すでに連携済みです。このチャットは { $campaign } の招待と連携しているので、そのリンクでほかに行うことはありません。
bot-already-accepted = { $campaign } のオファーは { $date } に承諾済みです。
bot-deal-unavailable = そのコラボレーションはこのチャットでは利用できません。{ $status } を送ると、あなたのコラボレーションを確認できます。
bot-fee-wrong-currency = 報酬はこのコラボレーションの通貨である { $currency } で指定してください（{ $found } ではありません）。{ $currency } で金額を送るか（例：{ $example }）、「キャンセル」を押してください。
bot-fee-cancelled = わかりました。新しい報酬は提案していません。{ $campaign } のオファーはそのままです。下のボタンで回答してください。
bot-nothing-to-cancel = 今キャンセルするものはありません。
bot-post-early = { $campaign } の公開期間は { $opens } からです。投稿はもう公開されていますか？公開済みなら「はい、公開済みです」を押すとリンクをブランドに送ります。そうでなければ「キャンセル」を押してください。
bot-post-early-cancelled = わかりました。リンクは記録していません。投稿が公開されたら、{ $opens } 以降にもう一度送ってください。
bot-post-link-expected = { $campaign } の公開済み投稿のリンクを待っています。アプリの「シェア」→「リンクをコピー」で取得した完全なリンクを送ってください（例：https://www.tiktok.com/@yourname/video/…）。
bot-button-cancel = キャンセル
bot-button-post-live = はい、公開済みです
bot-format-video = 動画
bot-format-image = 写真投稿
bot-format-story = ストーリーズ
bot-format-live = ライブ配信
bot-payment-fixed = 固定報酬、契約時に { $deposit }% 支払い
bot-payment-cps = 売上の { $rate }% のコミッション
bot-payment-hybrid = 固定報酬＋売上の { $rate }% のコミッション、契約時に報酬の { $deposit }% 支払い
bot-rights-organic = あなた自身の投稿のみ
bot-rights-paid-ads = ブランドはあなたの投稿を { $days } 日間広告として配信できます
bot-rights-perpetual = ブランドによる無期限の利用
bot-card =
    { $campaign } · { $product }
    納品物：{ $deliverables }
    報酬：{ $fee }（{ $payment }）
    利用権：{ $rights }
    独占期間：{ $exclusivity_days } 日
    下書きの期限：{ $draft_due }
    投稿期間：{ $publish_opens }〜{ $publish_closes }
    含まれる修正回数：{ $rounds }
## Command line (operators)

pipeline-col-deliverables = 納品物
pipeline-col-warnings = 注意
pipeline-warn-risk = リスク：{ $flags }
pipeline-warn-market = キャンペーンの対象市場外（{ $country }）
pipeline-warn-budget = 残り予算を超過（残り { $left }）
pipeline-dry-run = 予行演習：{ $count } 件のオファーが送られます（合計 { $total }）。何も送っていません。
pipeline-confirm-offers = { $campaign } のオファー { $count } 件（合計 { $total }）を送りますか？ [y/N]
pipeline-needs-yes = 何も変更していません：端末ではないため確認できる人がいません。先に確認し（offers send には --dry-run があります）、続けるには { $flag } を付けてください。
pipeline-nothing-changed = 何も変更していません。
pipeline-offers-sent = オファーを { $sent } 件送りました。{ $refused } 件は断られました。
pipeline-offer-refused = { $creator }：未送信：{ $reason }
pipeline-no-rate = { $creator } さんの料金表に { $format } の料金がありません：--fee "金額 通貨" を指定してください。
pipeline-no-recipients = 送り先のクリエイターがいません：--creator、--csv、--search で指定してください。
pipeline-bad-search = 「{ $term }」は検索条件ではありません。platform:、country:、language:、category:、audience:、tier:、min-followers:、max-followers:、min-engagement:、status:、no-risk、または名前やハンドルの語句を使ってください。
pipeline-counter-accepted = 案件 { $deal }：{ $creator } さんの逆提案 { $fee } を受け入れました。チャットで確認してもらいます。
pipeline-countered-back = 案件 { $deal }：{ $fee } を再提案しました。{ $creator } さんの回答期限は { $due } です。
pipeline-counter-declined = 案件 { $deal }：逆提案を断りました。{ $fee } のオファーはそのままです。
pipeline-cancel-heading = 案件 { $deal }（{ $creator }、{ $campaign }）をキャンセルすると：
pipeline-cancel-payment = { $kind } { $amount }：{ $fate ->
        [paid] 支払い済みのまま
        [cancelled] 既に取り消し済み
       *[voided] 取り消し
    }
pipeline-cancel-no-payments = 影響を受ける支払いはありません。
pipeline-confirm-cancel = 案件 { $deal } をキャンセルしますか？ [y/N]
pipeline-cancelled = 案件 { $deal } をキャンセルし、クリエイターに知らせました。
pipeline-approved = 案件 { $deal }：下書き { $version } を承認しました。クリエイターに投稿期間を送りました。
pipeline-changes-requested = 案件 { $deal }：下書き { $version } の修正を依頼しました（{ $rounds } 回中 { $round } 回目）。クリエイターにメモを送りました。
pipeline-post-verified = 案件 { $deal }：投稿を確認しました。残金の支払いを予定しました。
pipeline-post-refused = 案件 { $deal }：投稿リンクを差し戻しました。クリエイターに修正版を依頼しました。
pipeline-no-drafts = 案件 { $deal } にはまだ下書きがありません。
pipeline-draft-version = バージョン { $version } · { $when } · { $kind ->
        [photo] 写真
        [video] 動画
        [text] テキストのみ
       *[file] ファイル
    }
pipeline-draft-file = ファイル：{ $name }（{ $mime }、{ $size } バイト、SHA-256 { $sha }）
pipeline-draft-review = { $decision ->
        [approved] 承認
       *[changes] 修正依頼
    } { $when }：{ $notes }
pipeline-draft-saved = 案件 { $deal } の下書き { $version } を { $path } に保存しました
pipeline-draft-exists = { $path } はすでに存在します。上書きしていません。削除するか、別の --out フォルダーを指定してください。
pipeline-draft-no-version = 案件 { $deal } に下書き { $version } はありません。最新は { $versions } です。
pipeline-draft-blob-missing = 下書き { $version } のファイルがファイル保管庫にありません（{ $path }）。blob_dir（LINKSTAR_BLOB_DIR）を `linkstar serve` が使うフォルダーに設定してください。
pipeline-yes-words = y, yes, はい

console-database-ready = データベースは最新です：{ $url }
console-demo-reused = 既存のデモ用データベースを使用します：{ $url }
console-demo-seeded = { $url } にデモ用データベースを作成しました：キャンペーン { $campaigns } 件、クリエイター { $creators } 人、案件 { $deals } 件。オペレーター「{ $operator }」として操作してください。
console-pipeline-total = 案件 { $deals } 件、プールのクリエイター { $creators } 人
console-audit-intact = 監査ログは正常です：{ $events } 件のイベントを検証しました
console-audit-unlinked = 監査ログがイベント { $event } で破損しています：直前のイベントとつながっていません（イベントが削除または変更されました）。
console-audit-altered = 監査ログがイベント { $event } で破損しています：書き込み後に変更されています。
console-import-progress = クリエイター { $imported } 人を取り込み、{ $refused } 行を除外…
console-row-refused = { $line } 行目：{ $reason }
console-import-done = クリエイター { $imported } 人を取り込みました。除外した行：{ $refused } 行。
console-exported = クリエイター { $count } 人を書き出しました。
console-offer-made = { $campaign } のオファー { $deal } を { $creator } さんに送りました。
console-telegram-link-hint = t.me のリンクを作るには、設定で telegram_bot_username を指定してください。
console-brand-created = ブランド { $id } を作成しました：{ $name }
console-operator-created = オペレーター { $id } を作成しました。
console-campaign-created = キャンペーン { $id } を作成しました。
console-failed = エラー：{ $message }
console-serve-running = linkstar serve: { $bots } が稼働中です（配信ワーカーとリマインダースケジューラー付き）。Ctrl-C で停止します。
console-serve-stopping = linkstar serve: 送信中のメッセージが終わり次第停止します。すぐに停止するにはもう一度 Ctrl-C を押してください。
console-serve-stopped = linkstar serve: 停止しました。
console-serve-stopped-at-once = linkstar serve: 直ちに停止しました。送信中だったメッセージは再度届く場合があります。

## Discord: buttons pressed in a server and edited messages

discord-not-your-button = これらのボタンは別の方と私の会話のものです。ご自身のコラボについては、ダイレクトメッセージでお送りください。
discord-edit-not-taken = 以前のメッセージが編集されました。編集を受け付けるのは、私がお待ちしている回答の場合だけです。新しいメッセージとしてもう一度送ってください。

## Command line: results and money (operators)

console-report-heading-open = { $campaign }（実施中）— 金額は { $currency } 建て、{ $as_of } 時点
console-report-heading-closed = { $campaign }（終了）— 金額は { $currency } 建て、{ $as_of } 時点
console-report-rates = 為替レート：{ $rates }
console-report-rates-none = 為替レート：換算は不要です
console-report-totals = 案件 { $deals } · 確定額 { $committed } · 支払済み { $paid }
console-report-reach = リーチ { $reach } · エンゲージメント { $engagements } · エンゲージメント率 { $engagement_rate } · CPM { $cpm } · CPE { $cpe } · CPC { $cpc }
console-report-sales = クリック { $clicks } · コンバージョン { $conversions } · 売上 { $revenue } · ROI { $roi }
console-report-delivery = 下書きの期限内提出率 { $on_time } · 案件あたりの修正回数 { $revisions }
console-report-creators-note = （| の右側は各クリエイターの全キャンペーンでの実績：案件数、下書きの期限内提出率、案件あたりの修正回数、早期削除の回数）
console-hours = { $hours } 時間
console-metrics-imported = 指標のスナップショットを { $imported } 件取り込みました。除外した行：{ $refused } 行。
console-metrics-recorded = 案件 { $deal } の指標を記録しました。
console-metrics-fetch-failed = 案件 { $deal }：{ $reason }
console-metrics-fetched = { $fetched } 件の投稿の指標を取得しました。失敗：{ $failed } 件。
console-payment-deal = 案件 { $deal }
console-payment-due = 期日 { $due }
console-payments-listed = 支払い { $count } 件
console-payment-paid = 支払い { $payment }（{ $amount }）を支払済みにしました（{ $reference }）。
console-payments-now-due = { $count } 件の支払いが支払期日を迎えました。
console-bonus-scheduled = 案件 { $deal } のボーナス支払い { $payment } を予定に追加しました。
console-payout-file = { $path }：支払い { $count } 件
console-fx-rate-set = { $date }：1 { $from } = { $rate } { $to }
console-discount-code-set = 案件 { $deal }：割引コード { $code }
console-discount-code-removed = 案件 { $deal }：割引コードを削除しました
console-attribution-exported = { $path }：案件 { $count } 件
console-commission-scheduled = 案件 { $deal }：成果報酬 { $amount } を予定に追加しました
console-campaign-closed = キャンペーン { $campaign } を終了しました：成果報酬 { $commissions } 件を予定に追加し、案件 { $completed } 件が完了しました。

## レポート表の用語（短く：列見出しになります）

## Shell: creators search, campaigns edit, progress of long jobs (issue 16)
shell-pool-bad-filter = --{ $field } に「{ $value }」は指定できません。
shell-pool-empty = 条件に一致するクリエイターはいません。
shell-pool-fit-for = { $campaign } との適合度
shell-campaign-file-unreadable = { $file } を読み込めません: { $reason }
shell-campaign-file-kind = { $file }: キャンペーンファイルの拡張子は .toml か .json です。
shell-campaign-file-invalid = { $file }: { $field }: { $reason }。何も変更していません。
shell-campaign-updated = キャンペーン「{ $name }」を更新しました。
shell-progress = { $job }: { $done } 件完了…
shell-progress-of = { $job }: { $done } / { $total }
shell-progress-done = { $job }: 完了（{ $done }）
shell-job-import = クリエイターをインポート中
shell-job-export = クリエイターをエクスポート中
shell-job-demo = デモを作成中
shell-job-backfill = リマインダーを計画中
shell-job-metrics = 指標を取得中
shell-job-payouts = 支払いをエクスポート中

report-campaign = キャンペーン
report-deal = 案件
report-creator = クリエイター
report-stage = ステージ
report-committed = 確定額
report-paid = 支払済み
report-reach = リーチ
report-engagement-rate = エンゲージメント率
report-cpm = CPM
report-cpc = CPC
report-revenue = 売上
report-roi = ROI
report-on-time = 期限内
report-deals = 案件数
report-revisions = 修正
report-removals = 削除
report-brand-speed = ブランドの対応スピード
report-this-campaign = このキャンペーン
report-all-campaigns = 全キャンペーン
report-reviews = レビュー件数
report-average-review = 平均レビュー時間
report-within-review-sla = 期限内レビュー率
report-payments-made = 支払い件数
report-average-delay = 平均支払い遅延
report-paid-on-time = 期限内支払い率（72 時間）
report-overdue-now = 現在の期限超過

## First run, the active profile and `linkstar status` (operators). $path and $url are
## files and databases, $bot is "Telegram" or "Discord", $role and $action come as they are.

setup-missing-database = { $path } にデータベースがありません。`linkstar setup init`（自分のブランド）または `linkstar demo`（サンプルデータ）で用意するか、--db で別のものを指定してください。
setup-unreadable-database = { $path } のデータベースを開けません: { $reason }。LinkStar のデータベースであること、読み書きの権限があることを確認するか、--db で別のものを指定してください。
setup-newer-schema = このデータベースは新しいバージョンの LinkStar で書かれています（スキーマ { $found }、このバージョンは { $known } まで対応）。使うには新しい linkstar をインストールしてください。
setup-unknown-campaign = キャンペーン「{ $name }」はありません。
setup-unknown-creator = クリエイター一覧に「{ $name }」はいません。
setup-unknown-operator = このデータベースにオペレーター「{ $name }」はいません。--operator で既存のユーザー名を指定するか、`linkstar setup operator` で追加してください。
setup-did-you-mean = 「{ $name }」のことですか？
setup-forbidden = あなたの役割（{ $role }）ではこの操作（{ $action }）はできません。ブランドの管理者に代行か役割の変更を依頼してください。
setup-not-set-up = LinkStar はまだ設定されていません: { $url } にはブランドもオペレーターもありません。
setup-set-up-with = 自分のブランドを設定するには（あなたが管理者になります）、次を実行してください:
setup-or-try-the-demo = または、まずサンプルデータで試してみてください:
setup-ask-brand = ブランド名
setup-ask-legal-name = 正式名称（契約用）
setup-ask-currency = 通貨（JPY などの ISO コード）
setup-ask-operator-name = あなたの名前
setup-ask-token = { $bot } ボットのトークン（空欄でスキップ）
setup-done = { $brand } を設定しました。管理者はあなた（{ $username }）、データベースは { $url } です。このデータベースが有効になりました。`linkstar` でダッシュボードが開きます。
setup-tokens-saved = ボットのトークンを { $path } に保存しました（あなただけが読めます）。
setup-demo-active = デモのデータベースが有効になりました: --db を付けないコマンドは「{ $operator }」としてこれを使います。`linkstar setup init` で自分のブランドを設定すると、そちらが有効になります。
setup-demo-not-active = 自分のデータベースが有効なままです。デモで作業するには --db { $url } を付けてください。
status-database = データベース: { $url }（{ $source } による）
status-no-file = データベースファイルはまだありません。
status-operator = オペレーター: { $name }（{ $source } による）
status-brand = ブランド: { $brand }、役割 { $role }
status-language = 言語: { $language }（{ $source } による）
status-bot-configured = { $bot } ボット: 設定済み
status-bot-not-configured = { $bot } ボット: 未設定
source-flag = コマンドライン
source-environment = 環境変数 { $name }
source-file = 設定ファイル { $path }
source-profile = 有効なプロファイル { $path }
source-os-user = このコンピューターでのユーザー名
source-default = 既定値
config-value = { $key } = { $value }（{ $source } による）
config-unset = { $key } は未設定です

## 支払い（オペレーター）

payment-kind-deposit = 前払い金
payment-kind-balance = 残金
payment-kind-commission = 成果報酬
payment-kind-bonus = ボーナス
payment-status-scheduled = 予定
payment-status-due = 支払期日
payment-status-paid = 支払済み
payment-status-cancelled = 取消
## Demo in the present
console-demo-stale = { $url } のデモ用データベースは { $day } 時点の内容で作成されたため、期限はすでに過ぎています。`linkstar demo --reseed` を実行すると、今日の内容で作り直します。
console-demo-reseed-ask = { $url } のデモ用データベースは { $day } 時点の内容で作成されています。今日の内容で作り直しますか？中身はすべて置き換えられます。[y/N]
console-demo-not-demo = { $url } のデータベースにはデモ以外のデータが含まれているため、デモでは変更しません。--db で新しいファイルを指定するか、--db を省略してデモ専用のデータベースを使ってください。
console-demo-reseed-file-only = 作り直せるのは SQLite ファイルのデモだけです。{ $url } をご自身で空にしてから、もう一度 `linkstar demo` を実行してください。

## Operator dashboard (terminal)

# ダッシュボードの作業台: 交渉、投稿、キャンセル、確認、フォームの理由
dash-act-accept-counter = 逆提案を受け入れる
dash-act-counter-back = 自社の報酬で返答
dash-act-decline-counter = 逆提案を断る
dash-act-verify-post = 投稿を確認済みにする
dash-act-refuse-post = 投稿リンクを差し戻す
dash-act-cancel-deal = 案件をキャンセル
dash-negotiation = 交渉
dash-their-counter = 先方の逆提案
dash-your-offer = 自社の提示額
dash-round = ラウンド
dash-answer-by = 回答期限
dash-history = 履歴
dash-hist-offer = 提示
dash-hist-counter = 逆提案
dash-hist-counter-back = 自社の返答
dash-hist-accepted = 合意
dash-hist-declined = 不成立
dash-hist-counter-accepted = 逆提案を受け入れ
dash-hist-counter-declined = 逆提案を辞退
dash-hist-revised = 提示を変更
dash-post-link = 投稿リンク
dash-amount = 金額
dash-your-fee = 自社の報酬額
dash-note-optional = クリエイターへのメモ（任意）
dash-reason-creator = 理由（クリエイターに届きます）
dash-cancel-payments = 支払いの扱い
dash-pay-stays-paid = 支払い済みのまま
dash-pay-already-cancelled = 取り消し済み
dash-pay-voided = 取り消し
dash-no-payments = まだ支払いはありません。
dash-confirm-hint = y か Enter: 実行 · n か Esc: 戻る
dash-discard-title = 入力内容を破棄しますか？
dash-discard-hint = y: 破棄 · n か Esc: 編集を続ける
dash-form-hint-editor = Tab 次の項目 · Ctrl-S 保存 · Esc キャンセル
dash-still-loading = 選択した項目を読み込み中のため、何も実行していません。
dash-nothing-selected = 何も選択されていないため、何も実行していません。
dash-not-now = 案件のこの段階ではできません。
dash-done-counter-accepted = 逆提案を受け入れました。クリエイターに通知します。
dash-done-counter-sent = 自社の報酬額をクリエイターに送りました。
dash-done-counter-declined = 逆提案を断りました。自社の提示はそのままです。
dash-done-post-verified = 投稿を確認しました。残金の支払いを予定しました。
dash-done-post-refused = 投稿リンクを差し戻しました。クリエイターに理由を伝えます。
dash-done-deal-cancelled = 案件をキャンセルしました。
dash-why-amount = 通貨付きの金額を入力してください（例: 45000 JPY）。
dash-why-currency = 提示と同じ通貨（{ $currency }）を使ってください。
dash-why-date = 2026-12-01 の形式で日付を入力してください。
dash-why-number = 整数を入力してください（例: 2）。
dash-why-percent = 0.01〜100 のパーセントを入力してください。
dash-why-deposit = 前払いは 0〜100 パーセントで入力してください。
dash-why-ends-before-start = 終了日が開始日より前です。
dash-why-window = 公開期間は下書き期限の後に始まり、始まった後に終わる必要があります。
dash-why-draft-due = 下書き期限は回答期限より後にしてください。
dash-why-countries = 2 文字の国コードをカンマ区切りで（例: JP, KR）。
dash-why-languages = 言語タグをカンマ区切りで（例: ja-JP, en-US）。
dash-why-hours = -720〜720 の異なる時間を 1〜8 個、カンマ区切りで（例: 48, 24, -24）。
dash-why-hour-range = 1〜720 時間で入力してください。
dash-why-required = この項目は空にできません。
dash-why-positive = 0 より大きい値にしてください。
dash-why-unknown = この項目では LinkStar が知らない値です。

dash-screen-deal = 案件
dash-needs-you = 対応が必要
dash-all-clear = 今すぐ対応が必要なものはありません。
dash-all-campaigns = すべてのキャンペーン
dash-closed-stages = 終了
dash-loading = 読み込み中…
dash-empty = 表示するものはありません。
dash-live = ライブ
dash-help-title = キー操作
dash-palette-title = コマンド
dash-search = 検索
dash-filters = 絞り込み
dash-any = 指定なし
dash-yes = はい
dash-no = いいえ
dash-caption = キャプション
dash-checks = 自動チェック
dash-checks-passed = すべての自動チェックに合格しました。
dash-file = ファイル
dash-text-only = テキストのみ（ファイルなし）
dash-versions = バージョンとコメント
dash-notes = クリエイターへの修正コメント
dash-reference = 支払い参照番号
dash-terms = 条件
dash-timeline = タイムライン
dash-conversation = クリエイターへのメッセージ
dash-brief = ブリーフのテンプレート
dash-product = 商品
dash-markets = 対象市場
dash-languages = 言語
dash-spend = キャンペーン別の支出
dash-events-per-day = 1日あたりのイベント数（直近30日）
dash-outbox = 送信箱
dash-delivery = 配信
dash-delivery-ok = メッセージは送信されています。
dash-delivery-behind = 5分以上待っているメッセージがあります。`linkstar serve` は動いていますか？
dash-delivery-idle = まだメッセージは送信されていません。
dash-editor-hint = Ctrl-S 送信 · Esc キャンセル
dash-form-hint = Tab 次の項目 · Enter 保存 · Esc キャンセル
dash-prompt-hint = Enter 確定 · Esc キャンセル
dash-offer-title = オファー条件
dash-campaign-new = 新しいキャンペーン
dash-campaign-edit = キャンペーンを編集
dash-saved = 保存しました。
dash-approved = 下書きを承認しました。クリエイターに通知されます。
dash-changes-sent = 修正を依頼しました。クリエイターに通知されます。
dash-paid = 支払い済みにしました。
dash-no-campaign = キャンペーン未選択
dash-due = 支払予定
dash-overdue = 期限超過
dash-paid-tab = 支払済み
dash-fit-for = 適合度の対象
dash-publish-opens = 投稿開始
dash-publish-closes = 投稿締切
dash-offer-commission = 売上コミッション（%、空欄はなし）
dash-offer-ads-days = 有料広告での使用日数（0 はオーガニックのみ）
dash-name = 名前
dash-starts = 開始日
dash-ends = 終了日
dash-reminder-offsets = リマインダー（何時間前か。負の値は期限後）
dash-revision-hours = 修正期間（時間）
dash-bad-value = この項目を確認してください。
dash-refresh-failed = 更新できませんでした。再試行します。
dash-actor-system = LinkStar（自動）
dash-actor-team = ブランドチーム
dash-event-draft = 下書きを提出
dash-event-payment-scheduled = 支払いを予定
dash-event-payment-paid = 支払い完了
dash-event-metrics = 数値を記録
dash-event-chat-linked = チャットを連携
dash-event-other = その他の変更
col-creator = クリエイター
col-campaign = キャンペーン
col-stage = 段階
col-fee = 報酬
col-due = 期限
col-updated = 更新
col-country = 国
col-followers = フォロワー
col-engagement = エンゲージメント率
col-tier = 規模
col-fit = 適合度
col-handle = アカウント
col-flags = リスク
col-status = 状態
col-amount = 金額
col-kind = 種類
col-reference = 参照番号
col-budget = 予算
col-committed = 確定済み
col-paid = 支払済み
col-delivered = 納品済み
col-dates = 期間
col-version = 版
col-sla = 確認期限
col-message = メッセージ
col-recipient = 宛先
col-deals = 案件数
col-views = 再生数
col-clicks = クリック
col-conversions = 販売数
col-revenue = 売上
col-when = 日時
col-who = 実行者
col-what = 内容
col-pending = 送信待ち
col-sent = 送信済み
col-failed = 失敗
col-unreachable = 連絡不可
filter-platform = プラットフォーム
filter-language = 言語
filter-category = カテゴリー
filter-min-followers = フォロワー数（下限）
filter-max-followers = フォロワー数（上限）
filter-min-engagement = エンゲージメント率の下限（%）
filter-exclude-risky = リスクのあるクリエイターを隠す
filter-pool-status = リスト上の状態
filter-text = 名前またはアカウント
role-admin = 管理者
role-manager = マネージャー
role-reviewer = 確認担当
role-finance = 経理
role-viewer = 閲覧のみ
campaign-draft = 準備中
campaign-active = 実施中
campaign-closed = 終了
payment-deposit = 前払い金
payment-balance = 残金
payment-commission = 成果報酬
payment-bonus = ボーナス
payment-scheduled = 予定
payment-due = 支払期日
payment-paid = 支払済み
payment-cancelled = 取消
action-quit = 終了
action-help = キー操作を表示
action-palette = コマンドパレット
action-search = 検索
action-next-view = 次の画面
action-prev-view = 前の画面
action-up = 上へ
action-down = 下へ
action-left = 左へ
action-right = 右へ
action-page-up = 前のページ
action-page-down = 次のページ
action-open = 開く
action-back = 戻る
action-approve = 下書きを承認
action-request-changes = 修正を依頼
action-mark-paid = 支払い済みにする
action-select = 選択・解除
action-make-offer = 選択したクリエイターにオファー
action-campaign = 次のキャンペーン
action-filters = 絞り込む
action-new-campaign = キャンペーンを作成
action-edit-campaign = このキャンペーンを編集
action-refresh = 更新
action-go = 画面へ移動
count-drafts-waiting = 確認待ちの下書き { $count } 件
count-reviews-overdue = 期限切れの確認 { $count } 件
count-counters = 逆提案 { $count } 件
count-payments-overdue = 期限超過の支払い { $count } 件
count-selected = { $count } 人選択中
count-offers-sent = { $count } 件のオファーを送信しました。
count-offers-refused = { $count } 件は送信できませんでした：

## 期限：追加のリマインダー、チームへの通知、予定された処理、reminders コマンド

time-now = 今
reminder-revision-due = リマインダー：「{ $campaign }」の修正版下書きの締め切りは { $due } です（{ $left }）。
reminder-publish-opens = お知らせ：「{ $campaign }」の投稿期間は { $due } に始まります（{ $left }）。その後は承認済みの内容を投稿できます。
notice-payment-due = 案件 #{ $deal }（{ $creator } さん）の支払い：{ $amount }、期日 { $due }（{ $left }）。
notice-draft-overdue = 案件 #{ $deal }：{ $creator } さんから、{ $due } 締め切りの下書きがまだ届いていません（{ $left }）。
notice-post-overdue = 案件 #{ $deal }：{ $creator } さんの投稿がまだ公開されていません。投稿期間は { $due } に終了しました（{ $left }）。
notice-review-overdue = 案件 #{ $deal } の { $creator } さんの下書きが、{ $hours } 時間の確認期限を過ぎても確認待ちです。確認をお願いします。
deadline-respond_by = オファーへの回答
deadline-draft_due = 下書きの締め切り
deadline-revision_due = 修正版の締め切り
deadline-publish_opens = 投稿期間の開始
deadline-publish_by = 投稿の締め切り
deadline-payment_due = 支払い期日
scheduled-remind = リマインダー：{ $deadline }
scheduled-remind-payment = チームへの支払いリマインダー
scheduled-expire = オファーの期限切れ
scheduled-auto-approve = 自動承認
scheduled-review-overdue = チームへの通知：確認期限超過
scheduled-overdue = 期限超過として記録：{ $deadline }
cli-reminders-planned = リマインダーのない案件 { $deals } 件を確認し、リマインダーを { $rows } 件予定しました。
cli-reminders-listed = 送信待ちのリマインダー { $count } 件。
cli-reminders-deal = 案件 { $deal }
dash-reminders = リマインダー
dash-event-overdue = 期限超過
dash-event-reminder = リマインダー送信
count-deals-overdue = 期限超過の案件 { $count } 件
