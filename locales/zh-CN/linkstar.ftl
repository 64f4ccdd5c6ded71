# LinkStar — 简体中文（中国）。金额、日期和较大的数字在传入前已按读者的语言格式化。

## 发给达人的通知

notice-invite =
    诚邀您参与「{ $campaign }」！推广 { $product }，合作费用为 { $fee }。
    请在 { $respond_by } 前回复。
notice-offer-revised =
    「{ $campaign }」的合作邀约有更新：{ $changed }。当前费用为 { $fee }。
    请查看后在 { $respond_by } 前重新确认。
notice-contract-confirmed =
    「{ $campaign }」合作已确认：您的接受已记录，条款正式生效。首版草稿请在 { $draft_due } 前提交。
    条款编号：{ $terms_hash }
notice-changes-requested =
    品牌方希望您修改「{ $campaign }」的草稿（第 { $round } 次修改，共 { $rounds } 次）：
    { $notes }
notice-draft-approved = 好消息：您为「{ $campaign }」提交的草稿已通过！请在 { $publish_opens } 至 { $publish_closes } 之间发布，并记得标注广告合作。
notice-draft-approved-tracking = 请在帖子中使用您的专属追踪链接：{ $link }
notice-draft-approved-discount = 您的粉丝专属折扣码：{ $code }
notice-post-verified = 您为「{ $campaign }」发布的内容已通过核验，感谢您的合作！
notice-payment-scheduled = 一笔 { $amount } 的付款已安排在 { $due } 支付。
notice-payment-paid = 我们已向您支付 { $amount }。付款凭证号：{ $reference }
notice-deal-cancelled = 品牌方已取消「{ $campaign }」的合作，很抱歉计划有变。
notice-invite-expired = 由于未在期限内收到回复，「{ $campaign }」的合作邀约已过期。

## 发给运营人员的通知

notice-counter-received = { $creator } 为合作 #{ $deal } 提出了新的报价：{ $fee }。
notice-offer-declined = { $creator } 拒绝了合作 #{ $deal } 的邀约。
notice-draft-submitted = { $creator } 为合作 #{ $deal } 提交了第 { $version } 版草稿，等待您审核。
notice-post-submitted = { $creator } 为合作 #{ $deal } 提交了已发布内容的链接：{ $url }
notice-draft-auto-approved = { $creator } 为合作 #{ $deal } 提交的草稿已超过 { $hours } 小时的审核时限，已自动通过。
notice-creator-unreachable = 已无法在 { $platform } 上联系到 { $creator }：对方屏蔽了机器人或关闭了消息。发给对方的消息会等到对方再次发言后送出。

## 运营团队的每日摘要

digest-title = { $day } 每日摘要
digest-quiet = 今天没有需要你处理的事项。
digest-reviews-late = { $count ->
   *[other] { $n } 份草稿已超过审核时限:
}
digest-counters = { $count ->
   *[other] { $n } 个还价等待你的答复:
}
digest-payments-overdue = { $count ->
   *[other] { $n } 笔付款已逾期:
}
digest-unreachable = { $count ->
   *[other] { $n } 位创作者无法联系:
}
digest-deadlines-overdue = { $count ->
   *[other] { $n } 个合作已超过草稿或发布期限:
}
digest-due-today = { $count ->
   *[other] 今天有 { $n } 项到期:
}
digest-more = { $count ->
   *[other] ……另有 { $n } 项
}
digest-item-review = #{ $deal } { $creator }：审核应于 { $due } 完成
digest-item-counter = #{ $deal } { $creator }：提议 { $fee }（自 { $since } 起）
digest-item-payment = #{ $deal } { $creator }：{ $amount }，{ $due } 到期
digest-item-unreachable = { $creator }（{ $platform }）
digest-item-respond-by = #{ $deal } { $creator }：须在 { $due } 前答复邀约
digest-item-draft = #{ $deal } { $creator }：草稿须在 { $due } 前提交
digest-item-post = #{ $deal } { $creator }：须在 { $due } 前发布

## 修改后的邀约中可能变更的条款

term-deliverables = 交付内容
term-fee = 费用
term-payment_model = 付款方式
term-deposit_pct = 定金
term-usage_rights = 使用授权
term-exclusivity_days = 独家期
term-respond_by = 回复截止时间
term-draft_due = 草稿截止时间
term-publish_window = 发布时间段
term-revision_rounds = 修改次数
term-review_sla_hours = 品牌审核时长
term-min_live_days = 内容保留天数
term-other = 其他条款

## 错误（按固定代码）

error-review-note-time = 修改意见中的某个时间点不是视频中的时刻，或时间点后没有内容。请按 m:ss 或 h:mm:ss 书写时间，并在后面写明修改内容，例如“0:12 展示标签”。
error-illegal-transition = 合作当前所处的阶段无法进行此操作。
error-revision-rounds-exhausted = 合同包含的修改次数已全部用完。
error-payment-before-verification = 这笔款项需在内容核验通过后才能支付。
error-payments-open = 该合作仍有未结清的款项。
error-terms-changed = 您查看后条款已有变动，请查看新的邀约并重新确认。
error-invalid-value = 填写的内容似乎有误，请检查后再试。
error-brief-template-invalid = Brief 模板有错误，请检查其中的占位符。
error-post-link-not-a-url = 这看起来不是一个链接，请发送帖子的完整网址。
error-post-link-wrong-platform = 该链接所属的平台与合作约定的平台不一致。
error-post-link-wrong-account = 该帖子来自其他账号，请发送您本人账号下的帖子链接。
error-post-link-already-used = 该帖子链接已用于另一项合作。
error-post-link-short = 这是短链接，看不出是谁发布的内容。请在应用中打开你的内容，点“分享 → 复制链接”，然后把完整链接发给我（格式如 https://www.tiktok.com/@你的用户名/video/…）。
error-not-found = 未找到相关内容，可能已被删除。
error-not-your-deal = 该合作不属于您。
error-token-unknown = 该邀请链接无效，请确认是否完整复制。
error-token-used = 该邀请链接已被使用。如果不是您本人操作，请联系品牌方。
error-token-expired = 该邀请链接已过期，请向品牌方索取新的链接。
error-forbidden = 您没有执行此操作的权限。
error-duplicate = 该内容已存在。
error-storage = 我们这边出了点问题，请稍后再试。
error-unknown = 抱歉，出了点问题，请重试。

## 草稿自动检查

check-missing-disclosure = 您的文案缺少广告标识：发布前请添加 { $accepted }。
check-missing-hashtag = 您的文案缺少话题标签 { $tag }。
check-missing-mention = 您的文案还没有提及 { $handle }。
check-forbidden-claim = 您的文案包含品牌方不能使用的宣传语：“{ $claim }”，请删除。
check-caption-too-long = 您的文案共 { $chars } 个字符，上限为 { $max } 个。
check-file-empty = 收到的文件是空的，请重新发送。
check-file-too-large = 此文件超过了 { $max } 的上限。请发送更小的文件，例如更短或分辨率更低的导出版本。
check-file-mib = { $size } MiB
check-file-type = 不支持该文件类型，请发送 { $allowed }。
check-file-kind-video = 视频
check-file-kind-image = 图片
check-file-kind-audio = 音频文件
check-file-kind-pdf = PDF 文件
check-file-kind-other = { $kind } 文件

## 合作阶段

## Review pane: draft file, picture, save and open (issue 15)

action-view-file = 显示图片
action-save-file = 将文件保存到文件夹
action-open-file = 用系统查看器打开
dash-this-version = 当前版本
dash-earlier-versions = 早期版本与修改意见
dash-first-version = 这是第一个版本。
dash-file-type = 类型
dash-file-size = 大小
dash-file-picture = 图片
dash-save-to = 将文件保存到此文件夹
dash-file-saved = 已保存为
dash-file-opened = 已用系统查看器打开。
dash-file-missing = 文件不在文件存储中：它从未到达这里，或已被删除。
dash-file-unreadable = 无法读取或写入文件：
dash-open-remote = 只有在本机运行仪表板时才能打开；通过 SSH 时请改为保存文件。
dash-open-failed = 无法启动系统查看器（xdg-open 或 open）。
dash-not-a-picture = 这里只显示图片；请保存或打开此文件。
dash-no-file = 此草稿只有文字，没有文件。
dash-notes-video-hint = 每行一条意见，以视频中的时间开头：0:12 展示标签

stage-offered = 已发邀约
stage-negotiating = 议价中
stage-contracted = 已签约
stage-in_review = 审核中
stage-changes_requested = 待修改
stage-approved = 已通过
stage-published = 已发布
stage-verified = 已核验
stage-completed = 已完成
stage-removed = 提前下架
stage-declined = 已拒绝
stage-expired = 已过期
stage-cancelled = 已取消

## 提醒

time-left-days = 还剩 { $days } 天
time-left-hours = 还剩 { $hours } 小时
time-left-overdue = 已逾期
reminder-respond-by = 提醒：请在 { $due } 前回复「{ $campaign }」的合作邀约（{ $left }）。
reminder-draft-due = 提醒：「{ $campaign }」的草稿截止时间为 { $due }（{ $left }）。
reminder-publish-by = 提醒：请在 { $due } 前发布「{ $campaign }」的内容（{ $left }）。

## 议价：品牌对还价的答复、相关提醒与过期

# 品牌方的答复（issue 15）：婉拒报价、还价附言、退回帖子链接、带时间点的修改意见
notice-counter-declined = 品牌方无法接受您为「{ $campaign }」提出的费用。其 { $fee } 的报价仍然有效：请在 { $due } 前选择接受、拒绝或提出其他费用。
notice-brand-note = 品牌方附言：{ $note }
notice-post-refused =
    品牌方无法接受您为「{ $campaign }」提交的帖子链接（{ $url }）：{ $reason }
    请修改后重新发送您的帖子链接。
notice-review-note-at = • { $at } — { $text }
notice-review-note = • { $text }

notice-counter-pending = 合作 #{ $deal }：{ $creator } 正在等待你们对其提议报酬 { $fee } 的答复。请在 { $due }（{ $left }）前接受或修改报价，否则报价将过期。
notice-counter-expired = 合作 #{ $deal }：无人及时答复 { $creator } 提议的报酬 { $fee }，报价已过期。
notice-negotiation-expired = 品牌未能及时答复你为 { $campaign } 提议的报酬 { $fee }，报价已过期。
deadline-counter_answer = 对还价的答复
scheduled-remind-counter = 团队提醒：答复还价
bot-status-counter = 下一步：品牌正在考虑你提议的报酬 { $fee }，截止 { $due }（{ $left }）

## 按钮、命令和页面

button-accept = 接受
button-decline = 拒绝
button-propose-fee = 提出报价
button-read-brief = 查看完整 Brief
command-link = 将此聊天与您的 LinkStar 邀请绑定
command-status = 您的合作、截止时间和付款
command-help = 下一步该做什么
command-language = 切换语言
command-draft = 提交草稿审核
command-post = 提交已发布帖子的链接
option-token = 邀请中的代码
option-file = 你的草稿：视频、图片或文档
option-caption = 发布时配的文案
option-url = 已发布帖子的链接
field-fee = 你的报价，例如 600 EUR
discord-name-link = 绑定
discord-name-deals = 合作
discord-name-draft = 草稿
discord-name-post = 发布
discord-name-language = 语言
discord-name-help = 帮助
discord-name-token = 代码
discord-name-file = 文件
discord-name-caption = 文案
discord-name-url = 链接
screen-pipeline = 合作看板
screen-campaigns = 推广活动
screen-creators = 达人库
screen-review = 审核队列
screen-payments = 付款
screen-reports = 报表
screen-activity = 动态

## Telegram 机器人在创作者私聊之外

bot-private-chat-only = 我只在私聊中工作，请直接私信我。
bot-not-your-button = 这个按钮不属于你，因此没有做任何更改。

## 语言名称（各语言用自己的写法，所有文件相同）

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
language-changed = 好的！从现在起我会用{ $language }和您交流。

## 聊天中的创作者助手

bot-welcome =
    { $platform ->
        [discord] 你好！我是你与品牌合作的助手。开始之前，请发送 { $link } 并附上品牌发给你的邀请中的代码。
       *[other] 你好！我是你品牌合作的助手。请打开品牌发给你的邀请链接开始使用。
    }
bot-not-linked =
    { $platform ->
        [discord] 这个聊天还没有关联任何邀请。请发送 { $link } 并附上品牌发给你的邀请中的代码。
       *[other] 这个聊天还没有关联任何邀请。请打开品牌发给你的邀请链接。
    }
bot-linked = 欢迎你，{ $name }！这个聊天已关联成功。{ $campaign } 的合作邀约马上就到。
bot-unknown-command = 我不认识这个命令。发送 { $help } 查看我能做什么。
bot-nothing-expected = 目前我不需要你提交任何内容。发送 { $status } 查看你的合作。
bot-button-stale = 这个按钮已失效。发送 { $status } 查看当前进度。
bot-ask-fee = 你想为 { $campaign } 提出多少报价？请发送以 { $currency } 计的金额，例如 { $example }。如果想保持原报价不变，请点“取消”。
bot-fee-invalid = 我没能识别这个金额。请只发送数字，例如 { $example }。或者点“取消”。
bot-counter-sent = 谢谢！我已把你 { $fee } 的报价发给品牌，有回复会第一时间告诉你。
bot-accepted = 你已接受 { $campaign } 的合作邀约。
bot-declined = 你已拒绝 { $campaign } 的合作邀约。感谢告知！
bot-brief = { $campaign } 的 Brief：
bot-expect-file =
    { $platform ->
        [discord] 请用 { $draft } 发送 { $campaign } 的草稿：附上文件并填写你的文案。
       *[other] 请以文件、图片或视频的形式发送 { $campaign } 的草稿，并在同一条消息中附上文案。
    }
bot-which-deal = 这份草稿是哪个合作的？
bot-draft-received = 收到！你为 { $campaign } 提交的第 { $version } 版草稿已交给品牌审核。
bot-checks-passed = 自动检查：你的文案内容齐全。
bot-checks-found = 自动检查发现发布前需要修改的地方：
bot-post-received = 谢谢！你在 { $campaign } 的发布链接已记录，品牌会尽快核实。
bot-language-choose = 请选择语言：
bot-status-empty = 你还没有任何合作。
bot-status-title = 你的合作：
bot-status-deal = { $campaign }：{ $stage }
bot-status-deadline = 下一步：{ $deadline }，{ $due }（{ $left }）
bot-status-payment-open = 付款：{ $amount }，{ $due } 到期
bot-status-payment-paid = 付款：{ $amount }，已支付
bot-help-not-linked =
    { $platform ->
        [discord] 发送 { $link } 并附上品牌邀请中的代码来关联这个聊天。之后我会在这里给你看报价。
       *[other] 请打开品牌发给你的邀请链接来关联这个聊天，之后我会在这里给你看合作邀约。
    }
bot-help-offered = 请阅读 { $campaign } 的合作邀约和 Brief，然后用邀约下方的按钮回复。
bot-help-negotiating = 品牌正在考虑你为 { $campaign } 提出的报价，有回复我会告诉你。
bot-help-contracted =
    { $platform ->
        [discord] 请用 { $draft } 发送 { $campaign } 的草稿：视频、图片或文档，并附上文案。
       *[other] 请在这里发送 { $campaign } 的草稿：视频、图片或文档，并在同一条消息中附上文案。
    }
bot-help-in-review = 品牌正在审核你为 { $campaign } 提交的草稿，我会在这里把结果发给你。
bot-help-changes =
    { $platform ->
        [discord] 品牌要求修改 { $campaign } 的草稿。请用 { $draft } 发送新版本。
       *[other] 品牌希望你修改 { $campaign } 的草稿。请在这里发送新版本。
    }
bot-help-approved = 请在发布时间窗口内发布 { $campaign } 的内容，然后把链接发给我。
bot-help-published = 品牌正在核实你为 { $campaign } 发布的内容。
bot-help-done = 目前没有需要你处理的事。有需要时我会联系你。
bot-help-commands = 命令：
bot-expect-answer = { $campaign } 的报价正在等你回复：请用下面的按钮接受、拒绝或提出其他费用。
bot-already-linked = 你已经关联好了：这个聊天已与你在 { $campaign } 的邀请关联，这个链接无需再做任何操作。
bot-already-accepted = 你已于 { $date } 接受了 { $campaign } 的报价。
bot-deal-unavailable = 这个合作在此聊天中不可用。发送 { $status } 查看你的合作。
bot-fee-wrong-currency = 费用必须以本次合作的货币 { $currency } 计，而不是 { $found }。请用 { $currency } 发送金额，例如 { $example }，或者点“取消”。
bot-fee-cancelled = 好的，没有提出新的费用。{ $campaign } 的报价保持不变：请用下面的按钮回复。
bot-nothing-to-cancel = 目前没有可以取消的操作。
bot-post-early = { $campaign } 的发布时间段要到 { $opens } 才开始。你的内容已经发布了吗？如果是，请点“是的，已发布”把链接发给品牌，否则点“取消”。
bot-post-early-cancelled = 好的，我没有记录这个链接。等你的内容发布后，从 { $opens } 起再发给我。
bot-post-link-expected = 我在等你为 { $campaign } 发布的内容链接。请在应用中通过“分享 → 复制链接”发送完整链接，例如 https://www.tiktok.com/@你的用户名/video/…
bot-button-cancel = 取消
bot-button-post-live = 是的，已发布
bot-format-video = 视频
bot-format-image = 图文
bot-format-story = 快拍
bot-format-live = 直播
bot-payment-fixed = 固定报酬，签约时支付 { $deposit }%
bot-payment-cps = 销售额 { $rate }% 的佣金
bot-payment-hybrid = 固定报酬加销售额 { $rate }% 的佣金，签约时支付报酬的 { $deposit }%
bot-rights-organic = 仅限你自己的发布
bot-rights-paid-ads = 品牌可将你的内容投放为广告，期限 { $days } 天
bot-rights-perpetual = 品牌可无限期使用
bot-card =
    { $campaign } · { $product }
    交付内容：{ $deliverables }
    报酬：{ $fee }（{ $payment }）
    使用权：{ $rights }
    独家期：{ $exclusivity_days } 天
    草稿截止：{ $draft_due }
    发布时间：{ $publish_opens } 至 { $publish_closes }
    包含修改轮次：{ $rounds }
## Command line (operators)

pipeline-col-deliverables = 交付内容
pipeline-col-warnings = 提醒
pipeline-warn-risk = 风险标记：{ $flags }
pipeline-warn-market = 不在活动的目标市场内（{ $country }）
pipeline-warn-budget = 超出剩余预算（剩余 { $left }）
pipeline-dry-run = 试运行：将发出 { $count } 份邀约，共计 { $total }。尚未发送任何内容。
pipeline-confirm-offers = 为 { $campaign } 发出 { $count } 份邀约，共计 { $total }？[y/N]
pipeline-needs-yes = 未做任何更改：当前不在终端中，无人可以确认。请先检查（offers send 有 --dry-run），再加上 { $flag } 继续。
pipeline-nothing-changed = 未做任何更改。
pipeline-offers-sent = 已发出 { $sent } 份邀约，{ $refused } 份被拒绝。
pipeline-offer-refused = { $creator }：未发送：{ $reason }
pipeline-no-rate = { $creator } 的报价单中没有 { $format } 的价格：请加上 --fee "金额 币种"。
pipeline-no-recipients = 没有要发送的创作者：请用 --creator、--csv 或 --search 指定。
pipeline-bad-search = “{ $term }”不是搜索条件。请使用 platform:、country:、language:、category:、audience:、tier:、min-followers:、max-followers:、min-engagement:、status:、no-risk，或用于名称、账号的普通词语。
pipeline-counter-accepted = 合作 { $deal }：已接受 { $creator } 的还价 { $fee }，对方将在聊天中确认。
pipeline-countered-back = 合作 { $deal }：你已回价 { $fee }；{ $creator } 需在 { $due } 前答复。
pipeline-counter-declined = 合作 { $deal }：已拒绝还价；{ $fee } 的邀约保持不变。
pipeline-cancel-heading = 取消合作 { $deal }（{ $creator }，{ $campaign }）将会：
pipeline-cancel-payment = { $kind } { $amount }：{ $fate ->
        [paid] 保持已付
        [cancelled] 此前已取消
       *[voided] 被取消
    }
pipeline-cancel-no-payments = 不影响任何付款。
pipeline-confirm-cancel = 取消合作 { $deal }？[y/N]
pipeline-cancelled = 已取消合作 { $deal }，并已通知创作者。
pipeline-approved = 合作 { $deal }：已通过第 { $version } 版草稿，已向创作者发送发布时间窗口。
pipeline-changes-requested = 合作 { $deal }：已要求修改第 { $version } 版草稿（第 { $round } 轮，共 { $rounds } 轮），已向创作者发送你的意见。
pipeline-post-verified = 合作 { $deal }：帖子已核实，尾款已排期。
pipeline-post-refused = 合作 { $deal }：帖子链接已退回，已请创作者发送更正后的链接。
pipeline-no-drafts = 合作 { $deal } 还没有草稿。
pipeline-draft-version = 第 { $version } 版 · { $when } · { $kind ->
        [photo] 图片
        [video] 视频
        [text] 纯文字
       *[file] 文件
    }
pipeline-draft-file = 文件：{ $name }（{ $mime }，{ $size } 字节，SHA-256 { $sha }）
pipeline-draft-review = { $decision ->
        [approved] 已通过
       *[changes] 要求修改
    } { $when }：{ $notes }
pipeline-draft-saved = 合作 { $deal } 的第 { $version } 版草稿已保存到 { $path }
pipeline-draft-exists = { $path } 已存在，未覆盖任何内容。请删除它或用 --out 选择其他目录。
pipeline-draft-no-version = 合作 { $deal } 没有第 { $version } 版草稿；最新的是第 { $versions } 版。
pipeline-draft-blob-missing = 文件存储中没有第 { $version } 版草稿的文件（{ $path }）。请将 blob_dir（LINKSTAR_BLOB_DIR）设为 `linkstar serve` 使用的目录。
pipeline-yes-words = y, yes, 是

console-database-ready = 数据库已是最新：{ $url }
console-demo-reused = 使用已有的演示数据库：{ $url }
console-demo-seeded = 已在 { $url } 生成演示数据库：{ $campaigns } 个活动、{ $creators } 位创作者、{ $deals } 个合作。请以操作员“{ $operator }”身份使用。
console-pipeline-total = 共 { $deals } 个合作，创作者库中有 { $creators } 位创作者
console-audit-intact = 审计日志完好：已校验 { $events } 条事件
console-audit-unlinked = 审计日志已损坏，位于事件 { $event }：它与前一条事件不衔接（有事件被删除或修改）。
console-audit-altered = 审计日志已损坏，位于事件 { $event }：该事件写入后被修改过。
console-import-progress = 已导入 { $imported } 位创作者，拒绝 { $refused } 行…
console-row-refused = 第 { $line } 行：{ $reason }
console-import-done = 已导入 { $imported } 位创作者；拒绝 { $refused } 行。
console-exported = 已导出 { $count } 位创作者。
console-offer-made = 已向 { $creator } 发出合作邀约 { $deal }（活动：{ $campaign }）。
console-telegram-link-hint = 在设置中填写 telegram_bot_username 即可生成 t.me 链接。
console-brand-created = 已创建品牌 { $id }：{ $name }
console-operator-created = 已创建操作员 { $id }。
console-campaign-created = 已创建活动 { $id }。
console-failed = 错误：{ $message }
console-serve-running = linkstar serve：{ $bots } 正在运行，并附带消息投递和提醒调度。按 Ctrl-C 停止。
console-serve-stopping = linkstar serve：将在正在发送的消息完成后停止。再按一次 Ctrl-C 立即停止。
console-serve-stopped = linkstar serve：已停止。
console-serve-stopped-at-once = linkstar serve：已立即停止。正在发送的消息可能会再次送达。

## Discord: buttons pressed in a server and edited messages

discord-not-your-button = 这些按钮属于别人与我的对话。如需处理你自己的合作，请私信我。
discord-edit-not-taken = 你编辑了之前的一条消息。只有当编辑内容正是我在等待的回复时我才会采用，请将它作为新消息重新发送。

## Command line: results and money (operators)

console-report-heading-open = { $campaign }（进行中）— 金额以 { $currency } 计，截至 { $as_of }
console-report-heading-closed = { $campaign }（已结束）— 金额以 { $currency } 计，截至 { $as_of }
console-report-rates = 汇率：{ $rates }
console-report-rates-none = 汇率：无需换算
console-report-totals = 合作 { $deals } · 已承诺 { $committed } · 已支付 { $paid }
console-report-reach = 覆盖 { $reach } · 互动 { $engagements } · 互动率 { $engagement_rate } · CPM { $cpm } · CPE { $cpe } · CPC { $cpc }
console-report-sales = 点击 { $clicks } · 转化 { $conversions } · 收入 { $revenue } · ROI { $roi }
console-report-delivery = 初稿按时率 { $on_time } · 每个合作平均修改次数 { $revisions }
console-report-creators-note = （| 右侧为各创作者在所有活动中的表现：合作数、初稿按时率、每个合作平均修改次数、提前删帖次数）
console-hours = { $hours } 小时
console-metrics-imported = 已导入 { $imported } 条数据快照；拒绝 { $refused } 行。
console-metrics-recorded = 已记录合作 { $deal } 的数据。
console-metrics-fetch-failed = 合作 { $deal }：{ $reason }
console-metrics-fetched = 已获取 { $fetched } 条帖子的数据；{ $failed } 条失败。
console-payment-deal = 合作 { $deal }
console-payment-due = { $due } 到期
console-payments-listed = 共 { $count } 笔付款
console-payment-paid = 付款 { $payment }（{ $amount }）已标记为已支付（{ $reference }）。
console-payments-now-due = { $count } 笔付款现已到期。
console-bonus-scheduled = 已为合作 { $deal } 安排奖金付款 { $payment }。
console-payout-file = { $path }：{ $count } 笔付款
console-fx-rate-set = { $date }：1 { $from } = { $rate } { $to }
console-discount-code-set = 合作 { $deal }：折扣码 { $code }
console-discount-code-removed = 合作 { $deal }：已移除折扣码
console-attribution-exported = { $path }：{ $count } 个合作
console-commission-scheduled = 合作 { $deal }：已安排佣金 { $amount }
console-campaign-closed = 已结束活动 { $campaign }：安排了 { $commissions } 笔佣金，完成了 { $completed } 个合作。

## 报表中的用词（简短：用作列标题）

## Shell: creators search, campaigns edit, progress of long jobs (issue 16)
shell-pool-bad-filter = --{ $field } 不接受“{ $value }”。
shell-pool-empty = 没有符合这些筛选条件的创作者。
shell-pool-fit-for = 与 { $campaign } 的匹配度
shell-campaign-file-unreadable = 无法读取 { $file }：{ $reason }
shell-campaign-file-kind = { $file }：活动文件的扩展名应为 .toml 或 .json。
shell-campaign-file-invalid = { $file }：{ $field }：{ $reason }。未做任何更改。
shell-campaign-updated = 已更新活动“{ $name }”。
shell-progress = { $job }：已完成 { $done }…
shell-progress-of = { $job }：{ $done } / { $total }
shell-progress-done = { $job }：完成（{ $done }）
shell-job-import = 正在导入创作者
shell-job-export = 正在导出创作者
shell-job-demo = 正在创建演示数据
shell-job-backfill = 正在规划提醒
shell-job-metrics = 正在获取数据指标
shell-job-payouts = 正在导出付款

report-campaign = 活动
report-deal = 合作
report-creator = 创作者
report-stage = 阶段
report-committed = 已承诺
report-paid = 已支付
report-reach = 覆盖
report-engagement-rate = 互动率
report-cpm = CPM
report-cpc = CPC
report-revenue = 收入
report-roi = ROI
report-on-time = 按时率
report-deals = 合作数
report-revisions = 修改
report-removals = 删帖
report-brand-speed = 品牌响应速度
report-this-campaign = 本活动
report-all-campaigns = 全部活动
report-reviews = 审核次数
report-average-review = 平均审核时长
report-within-review-sla = 按时审核率
report-payments-made = 已付款笔数
report-average-delay = 平均付款延迟
report-paid-on-time = 按时付款率（72 小时）
report-overdue-now = 当前逾期

## First run, the active profile and `linkstar status` (operators). $path and $url are
## files and databases, $bot is "Telegram" or "Discord", $role and $action come as they are.

setup-missing-database = { $path } 处没有数据库。请用 `linkstar setup init`（你自己的品牌）或 `linkstar demo`（示例数据）创建一个，或用 --db 指定其他数据库。
setup-unreadable-database = 无法打开 { $path } 处的数据库：{ $reason }。请确认它是 LinkStar 数据库，并且你有读写权限，或用 --db 指定其他数据库。
setup-newer-schema = 此数据库由更新版本的 LinkStar 写入（结构版本 { $found }；当前版本只支持到 { $known }）。请安装更新的 linkstar 后再使用。
setup-unknown-campaign = 没有名为“{ $name }”的活动。
setup-unknown-creator = 创作者库中没有“{ $name }”。
setup-unknown-operator = 此数据库中没有操作员“{ $name }”。请用 --operator 指定已有的用户名，或用 `linkstar setup operator` 添加。
setup-did-you-mean = 你是指“{ $name }”吗？
setup-forbidden = 你的角色（{ $role }）不能执行此操作（{ $action }）。请让品牌管理员代为操作或更改你的角色。
setup-not-set-up = LinkStar 尚未设置：{ $url } 中没有品牌，也没有操作员。
setup-set-up-with = 要设置你自己的品牌（你将成为管理员），请运行：
setup-or-try-the-demo = 或者先用示例数据看看：
setup-ask-brand = 品牌名称
setup-ask-legal-name = 法定名称（用于合同）
setup-ask-currency = 货币（ISO 代码，例如 CNY）
setup-ask-operator-name = 你的名字
setup-ask-token = { $bot } 机器人令牌（留空跳过）
setup-done = 已设置 { $brand }，你（{ $username }）是管理员，数据库为 { $url }。此数据库现已启用；运行 `linkstar` 打开仪表板。
setup-tokens-saved = 机器人令牌已保存到 { $path }，仅你可读。
setup-demo-active = 演示数据库现已启用：不带 --db 的命令都使用它，身份为“{ $operator }”。`linkstar setup init` 会设置你自己的品牌并改为启用它。
setup-demo-not-active = 你自己的数据库仍处于启用状态。要使用演示数据，请加上 --db { $url }。
status-database = 数据库：{ $url }（来自{ $source }）
status-no-file = 数据库文件尚不存在。
status-operator = 操作员：{ $name }（来自{ $source }）
status-brand = 品牌：{ $brand }，角色 { $role }
status-language = 语言：{ $language }（来自{ $source }）
status-bot-configured = { $bot } 机器人：已配置
status-bot-not-configured = { $bot } 机器人：未配置
source-flag = 命令行
source-environment = 环境变量 { $name }
source-file = 设置文件 { $path }
source-profile = 当前配置档 { $path }
source-os-user = 你在这台电脑上的用户名
source-default = 默认值
config-value = { $key } = { $value }（来自{ $source }）
config-unset = { $key } 未设置

## 付款（操作员）

payment-kind-deposit = 定金
payment-kind-balance = 尾款
payment-kind-commission = 佣金
payment-kind-bonus = 奖金
payment-status-scheduled = 已排期
payment-status-due = 待支付
payment-status-paid = 已支付
payment-status-cancelled = 已取消
## Demo in the present
console-demo-stale = { $url } 的演示数据库是按 { $day } 生成的，其中的截止时间都已过去。运行 `linkstar demo --reseed` 可按今天重新生成。
console-demo-reseed-ask = { $url } 的演示数据库是按 { $day } 生成的。要按今天重新生成吗？其中的全部内容将被替换。[y/N]
console-demo-not-demo = { $url } 的数据库包含不属于演示的数据，演示不会改动它。请用 --db 指定一个新文件，或省略 --db 以使用演示自己的数据库。
console-demo-reseed-file-only = 只有保存在 SQLite 文件中的演示才能重新生成。请自行清空 { $url }，然后再次运行 `linkstar demo`。

## Operator dashboard (terminal)

# 仪表盘工作台：议价、帖子、取消、确认、表单原因
dash-act-accept-counter = 接受还价
dash-act-counter-back = 以我方费用回价
dash-act-decline-counter = 拒绝还价
dash-act-verify-post = 确认帖子
dash-act-refuse-post = 退回帖子链接
dash-act-cancel-deal = 取消合作
dash-negotiation = 议价
dash-their-counter = 对方还价
dash-your-offer = 我方报价
dash-round = 轮次
dash-answer-by = 答复截止
dash-history = 记录
dash-hist-offer = 报价
dash-hist-counter = 还价
dash-hist-counter-back = 我方回价
dash-hist-accepted = 已接受
dash-hist-declined = 已拒绝
dash-hist-counter-accepted = 已接受还价
dash-hist-counter-declined = 已拒绝还价
dash-hist-revised = 已修改报价
dash-post-link = 帖子链接
dash-amount = 金额
dash-your-fee = 我方费用
dash-note-optional = 给创作者的留言（可选）
dash-reason-creator = 原因（创作者会看到）
dash-cancel-payments = 付款将如何处理
dash-pay-stays-paid = 保持已付
dash-pay-already-cancelled = 此前已作废
dash-pay-voided = 作废
dash-no-payments = 暂无付款。
dash-confirm-hint = y 或 Enter：执行 · n 或 Esc：返回
dash-discard-title = 放弃已输入的内容？
dash-discard-hint = y：放弃 · n 或 Esc：继续编辑
dash-form-hint-editor = Tab 下一项 · Ctrl-S 保存 · Esc 取消
dash-still-loading = 所选内容仍在加载，未执行任何操作。
dash-nothing-selected = 未选择任何内容，未执行任何操作。
dash-not-now = 合作处于当前阶段，无法执行此操作。
dash-done-counter-accepted = 已接受还价，将通知创作者。
dash-done-counter-sent = 已将我方费用发送给创作者。
dash-done-counter-declined = 已拒绝还价，我方报价不变。
dash-done-post-verified = 帖子已确认，尾款已排期。
dash-done-post-refused = 已退回帖子链接，将告知创作者原因。
dash-done-deal-cancelled = 合作已取消。
dash-why-amount = 请填写带币种的金额，例如 450 CNY。
dash-why-currency = 请使用报价的币种：{ $currency }。
dash-why-date = 请填写日期，例如 2026-12-01。
dash-why-number = 请填写整数，例如 2。
dash-why-percent = 请填写 0.01 到 100 之间的百分比。
dash-why-deposit = 定金比例应在 0 到 100 之间。
dash-why-ends-before-start = 结束时间早于开始时间。
dash-why-window = 发布窗口须在草稿截止后开启，并在开启后关闭。
dash-why-draft-due = 草稿截止时间须晚于答复截止时间。
dash-why-countries = 两位字母的国家代码，用逗号分隔，例如 CN, SG。
dash-why-languages = 语言代码，用逗号分隔，例如 zh-CN, en-US。
dash-why-hours = 1 到 8 个不同的小时数，范围 -720 到 720，用逗号分隔，例如 48, 24, -24。
dash-why-hour-range = 1 到 720 小时。
dash-why-required = 此项不能为空。
dash-why-positive = 数值必须大于零。
dash-why-unknown = LinkStar 不认识此处的这个值。

dash-screen-deal = 合作详情
dash-needs-you = 待您处理
dash-all-clear = 目前没有需要您处理的事项。
dash-all-campaigns = 全部活动
dash-closed-stages = 已结束
dash-loading = 加载中…
dash-empty = 暂无内容。
dash-live = 实时
dash-help-title = 快捷键
dash-palette-title = 命令
dash-search = 搜索
dash-filters = 筛选
dash-any = 不限
dash-yes = 是
dash-no = 否
dash-caption = 文案
dash-checks = 自动检查
dash-checks-passed = 所有自动检查均已通过。
dash-file = 文件
dash-text-only = 纯文字，无文件
dash-versions = 版本与修改意见
dash-notes = 给创作者的修改意见
dash-reference = 付款凭证号
dash-terms = 合作条款
dash-timeline = 时间线
dash-conversation = 发给创作者的消息
dash-brief = 创作简报模板
dash-product = 产品
dash-markets = 目标市场
dash-languages = 语言
dash-spend = 各活动支出
dash-events-per-day = 每日事件数（近 30 天）
dash-outbox = 发件箱
dash-delivery = 消息投递
dash-delivery-ok = 消息正常发出。
dash-delivery-behind = 有消息已等待超过 5 分钟。`linkstar serve` 是否在运行？
dash-delivery-idle = 尚未发出任何消息。
dash-editor-hint = Ctrl-S 发送 · Esc 取消
dash-form-hint = Tab 下一项 · Enter 保存 · Esc 取消
dash-prompt-hint = Enter 确认 · Esc 取消
dash-offer-title = 报价条款
dash-campaign-new = 新建活动
dash-campaign-edit = 编辑活动
dash-saved = 已保存。
dash-approved = 草稿已通过，系统会通知创作者。
dash-changes-sent = 已提出修改意见，系统会通知创作者。
dash-paid = 已标记为已付款。
dash-no-campaign = 未选择活动
dash-due = 待付
dash-overdue = 逾期
dash-paid-tab = 已付
dash-fit-for = 匹配活动
dash-publish-opens = 发布开始时间
dash-publish-closes = 发布截止时间
dash-offer-commission = 销售佣金 %（留空表示无）
dash-offer-ads-days = 付费广告使用天数（0 表示仅限自然流量）
dash-name = 名称
dash-starts = 开始日期
dash-ends = 结束日期
dash-reminder-offsets = 提醒（提前几小时；负数表示截止后）
dash-revision-hours = 修改期限（小时）
dash-bad-value = 请检查此项。
dash-refresh-failed = 刷新失败，正在重试。
dash-actor-system = LinkStar（自动）
dash-actor-team = 品牌团队
dash-event-draft = 上传了草稿
dash-event-payment-scheduled = 已安排付款
dash-event-payment-paid = 已付款
dash-event-metrics = 已记录数据
dash-event-chat-linked = 已绑定聊天账号
dash-event-other = 其他变更
col-creator = 创作者
col-campaign = 活动
col-stage = 阶段
col-fee = 费用
col-due = 到期
col-updated = 更新时间
col-country = 国家/地区
col-followers = 粉丝数
col-engagement = 互动率
col-tier = 量级
col-fit = 匹配度
col-handle = 账号
col-flags = 风险
col-status = 状态
col-amount = 金额
col-kind = 类型
col-reference = 凭证号
col-budget = 预算
col-committed = 已承诺
col-paid = 已支付
col-delivered = 已交付
col-dates = 日期
col-version = 版本
col-sla = 审核截止
col-message = 消息
col-recipient = 收件人
col-deals = 合作数
col-views = 播放量
col-clicks = 点击
col-conversions = 成交
col-revenue = 收入
col-when = 时间
col-who = 操作人
col-what = 内容
col-pending = 待发送
col-sent = 已发送
col-failed = 失败
col-unreachable = 无法联系
filter-platform = 平台
filter-language = 语言
filter-category = 品类
filter-min-followers = 最少粉丝数
filter-max-followers = 最多粉丝数
filter-min-engagement = 最低互动率（%）
filter-exclude-risky = 隐藏有风险的创作者
filter-pool-status = 达人库状态
filter-text = 名称或账号
role-admin = 管理员
role-manager = 经理
role-reviewer = 审核员
role-finance = 财务
role-viewer = 只读
campaign-draft = 筹备中
campaign-active = 进行中
campaign-closed = 已结束
payment-deposit = 定金
payment-balance = 尾款
payment-commission = 佣金
payment-bonus = 奖励
payment-scheduled = 已安排
payment-due = 待付
payment-paid = 已付
payment-cancelled = 已取消
action-quit = 退出
action-help = 显示快捷键
action-palette = 命令面板
action-search = 搜索
action-next-view = 下一个视图
action-prev-view = 上一个视图
action-up = 上移
action-down = 下移
action-left = 左移
action-right = 右移
action-page-up = 上一页
action-page-down = 下一页
action-open = 打开
action-back = 返回
action-approve = 通过草稿
action-request-changes = 提出修改意见
action-mark-paid = 标记为已付款
action-select = 选择/取消选择
action-make-offer = 向所选创作者发出报价
action-campaign = 切换活动
action-filters = 筛选
action-new-campaign = 新建活动
action-edit-campaign = 编辑活动
action-refresh = 刷新
action-go = 跳转到视图
count-drafts-waiting = { $count } 份草稿待审核
count-reviews-overdue = { $count } 份审核已超时
count-counters = { $count } 个还价待回复
count-payments-overdue = { $count } 笔付款已逾期
count-selected = 已选 { $count } 位
count-offers-sent = 已发出 { $count } 份报价。
count-offers-refused = { $count } 份未发出：

## 期限：更多提醒、团队提醒、计划任务和 reminders 命令

time-now = 现在
reminder-revision-due = 提醒：「{ $campaign }」的修改稿截止时间为 { $due }（{ $left }）。
reminder-publish-opens = 好消息：「{ $campaign }」的发布时段将于 { $due } 开启（{ $left }）。届时即可发布已通过审核的内容。
notice-payment-due = 合作 #{ $deal }（{ $creator }）的付款：{ $amount }，到期时间 { $due }（{ $left }）。
notice-draft-overdue = 合作 #{ $deal }：{ $creator } 尚未提交截止时间为 { $due } 的草稿（{ $left }）。
notice-post-overdue = 合作 #{ $deal }：{ $creator } 尚未发布内容；发布时段已于 { $due } 结束（{ $left }）。
notice-review-overdue = { $creator } 为合作 #{ $deal } 提交的草稿已等待超过 { $hours } 小时的审核时限，请尽快审核。
deadline-respond_by = 回复报价
deadline-draft_due = 草稿截止
deadline-revision_due = 修改稿截止
deadline-publish_opens = 发布时段开启
deadline-publish_by = 发布截止
deadline-payment_due = 付款到期
scheduled-remind = 提醒：{ $deadline }
scheduled-remind-payment = 提醒团队付款
scheduled-expire = 报价过期
scheduled-auto-approve = 自动通过
scheduled-review-overdue = 团队提醒：审核逾期
scheduled-overdue = 标记逾期：{ $deadline }
cli-reminders-planned = 已检查 { $deals } 个没有提醒的合作，已安排 { $rows } 条提醒。
cli-reminders-listed = { $count } 条待发送的提醒。
cli-reminders-deal = 合作 { $deal }
dash-reminders = 提醒
dash-event-overdue = 错过期限
dash-event-reminder = 已发送提醒
count-deals-overdue = { $count } 个合作已逾期
