# LinkStar — ภาษาไทย จำนวนเงิน วันที่ และตัวเลขจำนวนมากถูกจัดรูปแบบตามภาษาของผู้อ่านมาแล้ว

## การแจ้งเตือนถึงครีเอเตอร์

notice-invite =
    ขอเชิญคุณร่วมแคมเปญ { $campaign }! โปรโมต { $product } โดยได้รับค่าตอบแทน { $fee }
    กรุณาตอบกลับภายใน { $respond_by }
notice-offer-revised =
    ข้อเสนอของแคมเปญ { $campaign } มีการเปลี่ยนแปลง: { $changed } ค่าตอบแทนตอนนี้คือ { $fee }
    กรุณาตรวจสอบและยืนยันรับข้อเสนออีกครั้งภายใน { $respond_by }
notice-contract-confirmed =
    เรียบร้อยแล้วสำหรับแคมเปญ { $campaign }: บันทึกการยอมรับของคุณแล้ว และเงื่อนไขทั้งหมดเป็นที่สิ้นสุด กรุณาส่งดราฟต์แรกภายใน { $draft_due }
    เลขอ้างอิงเงื่อนไข: { $terms_hash }
notice-changes-requested =
    แบรนด์ขอให้แก้ไขดราฟต์ของคุณสำหรับแคมเปญ { $campaign } (แก้ไขครั้งที่ { $round } จาก { $rounds } ครั้ง):
    { $notes }
notice-draft-approved = ข่าวดี! ดราฟต์ของคุณสำหรับแคมเปญ { $campaign } ได้รับการอนุมัติแล้ว กรุณาโพสต์ระหว่าง { $publish_opens } ถึง { $publish_closes } และอย่าลืมระบุว่าเป็นโฆษณา
notice-draft-approved-tracking = กรุณาใช้ลิงก์ติดตามนี้ในโพสต์ของคุณ: { $link }
notice-draft-approved-discount = โค้ดส่วนลดสำหรับผู้ติดตามของคุณ: { $code }
notice-post-verified = โพสต์ของคุณสำหรับแคมเปญ { $campaign } ได้รับการตรวจสอบแล้ว ขอบคุณมาก!
notice-payment-scheduled = มีการนัดชำระเงินจำนวน { $amount } ในวันที่ { $due }
notice-payment-paid = เราได้โอนเงิน { $amount } ให้คุณแล้ว เลขอ้างอิงการชำระเงิน: { $reference }
notice-deal-cancelled = แบรนด์ได้ยกเลิกความร่วมมือในแคมเปญ { $campaign } ขออภัยที่แผนมีการเปลี่ยนแปลง
notice-invite-expired = ข้อเสนอของแคมเปญ { $campaign } หมดอายุแล้ว เนื่องจากเราไม่ได้รับคำตอบภายในเวลาที่กำหนด

## การแจ้งเตือนถึงทีมงาน

notice-counter-received = { $creator } เสนอค่าตอบแทน { $fee } สำหรับดีล #{ $deal }
notice-offer-declined = { $creator } ปฏิเสธข้อเสนอของดีล #{ $deal }
notice-draft-submitted = { $creator } ส่งดราฟต์เวอร์ชัน { $version } สำหรับดีล #{ $deal } แล้ว รอให้คุณตรวจสอบ
notice-post-submitted = { $creator } ส่งลิงก์โพสต์ที่เผยแพร่แล้วสำหรับดีล #{ $deal }: { $url }
notice-draft-auto-approved = ร่างของ { $creator } สำหรับดีล #{ $deal } ได้รับการอนุมัติโดยอัตโนมัติ เพราะรอเกินเวลาตรวจ { $hours } ชั่วโมง
notice-creator-unreachable = ติดต่อ { $creator } ทาง { $platform } ไม่ได้แล้ว: บล็อกบอทหรือปิดข้อความไว้ ข้อความถึงครีเอเตอร์จะรอจนกว่าจะเขียนมาอีกครั้ง

## สรุปประจำวันสำหรับทีม

digest-title = สรุปประจำวัน { $day }
digest-quiet = วันนี้ไม่มีเรื่องที่ต้องดำเนินการ
digest-reviews-late = { $count ->
   *[other] ร่าง { $n } รายการรอเกินเวลาตรวจ:
}
digest-counters = { $count ->
   *[other] ข้อเสนอต่อรอง { $n } รายการรอคำตอบจากคุณ:
}
digest-payments-overdue = { $count ->
   *[other] การจ่ายเงิน { $n } รายการเลยกำหนด:
}
digest-unreachable = { $count ->
   *[other] ครีเอเตอร์ { $n } คนติดต่อไม่ได้:
}
digest-deadlines-overdue = { $count ->
   *[other] ดีล { $n } รายการเลยกำหนดส่งร่างหรือโพสต์:
}
digest-due-today = { $count ->
   *[other] ครบกำหนดวันนี้ { $n } รายการ:
}
digest-more = { $count ->
   *[other] …และอีก { $n } รายการ
}
digest-item-review = #{ $deal } { $creator }: ควรตรวจภายใน { $due }
digest-item-counter = #{ $deal } { $creator }: เสนอ { $fee } (ตั้งแต่ { $since })
digest-item-payment = #{ $deal } { $creator }: { $amount } ครบกำหนด { $due }
digest-item-unreachable = { $creator } (ทาง { $platform })
digest-item-respond-by = #{ $deal } { $creator }: ตอบข้อเสนอภายใน { $due }
digest-item-draft = #{ $deal } { $creator }: ส่งร่างภายใน { $due }
digest-item-post = #{ $deal } { $creator }: โพสต์ภายใน { $due }

## เงื่อนไขที่อาจเปลี่ยนในข้อเสนอที่แก้ไข

term-deliverables = ชิ้นงานที่ต้องส่ง
term-fee = ค่าตอบแทน
term-payment_model = รูปแบบการจ่ายเงิน
term-deposit_pct = เงินมัดจำ
term-usage_rights = สิทธิ์การใช้งาน
term-exclusivity_days = ระยะเวลาผูกขาด
term-respond_by = กำหนดตอบกลับ
term-draft_due = กำหนดส่งดราฟต์
term-publish_window = ช่วงเวลาโพสต์
term-revision_rounds = จำนวนครั้งที่แก้ไขได้
term-review_sla_hours = ระยะเวลาตรวจของแบรนด์
term-min_live_days = จำนวนวันที่โพสต์ต้องอยู่
term-other = เงื่อนไขอื่น ๆ

## ข้อผิดพลาด ตามรหัสคงที่

error-review-note-time = เวลาในหมายเหตุไม่ใช่ช่วงเวลาที่มีอยู่ในวิดีโอ หรือไม่มีข้อความต่อท้าย กรุณาเขียนเวลาเป็น m:ss หรือ h:mm:ss ตามด้วยสิ่งที่ต้องแก้ เช่น "0:12 แสดงฉลาก"
error-illegal-transition = ไม่สามารถทำรายการนี้ได้ในขั้นตอนปัจจุบันของดีล
error-revision-rounds-exhausted = ใช้สิทธิ์แก้ไขที่รวมอยู่ในสัญญาครบแล้ว
error-payment-before-verification = การชำระเงินนี้ทำได้หลังจากโพสต์ได้รับการตรวจสอบแล้วเท่านั้น
error-payments-open = ดีลนี้ยังมีการชำระเงินที่ค้างอยู่
error-terms-changed = เงื่อนไขมีการเปลี่ยนแปลงหลังจากที่คุณดู กรุณาตรวจสอบข้อเสนอใหม่และยืนยันอีกครั้ง
error-invalid-value = ข้อมูลบางอย่างดูไม่ถูกต้อง กรุณาตรวจสอบแล้วลองใหม่อีกครั้ง
error-brief-template-invalid = เทมเพลตบรีฟมีข้อผิดพลาด กรุณาตรวจสอบตัวแปรในเทมเพลต
error-post-link-not-a-url = ข้อความนี้ดูไม่ใช่ลิงก์ กรุณาส่งที่อยู่เต็มของโพสต์
error-post-link-wrong-platform = ลิงก์นี้มาจากแพลตฟอร์มที่ต่างจากที่ระบุในดีลของคุณ
error-post-link-wrong-account = โพสต์นี้มาจากบัญชีอื่น กรุณาส่งลิงก์โพสต์จากบัญชีของคุณเอง
error-post-link-already-used = ลิงก์โพสต์นี้ถูกส่งไปแล้วสำหรับดีลอื่น
error-post-link-short = นี่เป็นลิงก์แบบย่อ ซึ่งไม่แสดงว่าเป็นโพสต์ของใคร กรุณาเปิดโพสต์ในแอป แตะ แชร์ → คัดลอกลิงก์ แล้วส่งลิงก์เต็มนั้นมา (หน้าตาแบบ https://www.tiktok.com/@ชื่อของคุณ/video/…)
error-not-found = ไม่พบรายการนี้ อาจถูกลบไปแล้ว
error-not-your-deal = ดีลนี้เป็นของผู้อื่น
error-token-unknown = ลิงก์คำเชิญนี้ไม่ถูกต้อง กรุณาตรวจสอบว่าคัดลอกมาครบถ้วน
error-token-used = ลิงก์คำเชิญนี้ถูกใช้ไปแล้ว หากไม่ใช่คุณ กรุณาติดต่อแบรนด์
error-token-expired = ลิงก์คำเชิญนี้หมดอายุแล้ว กรุณาขอลิงก์ใหม่จากแบรนด์
error-forbidden = คุณไม่มีสิทธิ์ทำรายการนี้
error-duplicate = มีรายการนี้อยู่แล้ว
error-storage = ระบบของเราขัดข้อง กรุณาลองใหม่อีกครั้งในอีกสักครู่
error-unknown = ขออภัย เกิดข้อผิดพลาด กรุณาลองใหม่อีกครั้ง

## การตรวจดราฟต์อัตโนมัติ

check-missing-disclosure = แคปชันของคุณยังไม่ได้ระบุว่าเป็นโฆษณา: กรุณาเพิ่ม { $accepted } ก่อนโพสต์
check-missing-hashtag = แคปชันของคุณยังขาดแฮชแท็ก { $tag }
check-missing-mention = แคปชันของคุณยังไม่ได้กล่าวถึง { $handle }
check-forbidden-claim = แคปชันของคุณมีข้อความกล่าวอ้างที่แบรนด์ใช้ไม่ได้: "{ $claim }" กรุณาลบออก
check-caption-too-long = แคปชันของคุณมี { $chars } ตัวอักษร แต่จำกัดไว้ที่ { $max } ตัวอักษร
check-file-empty = ไฟล์ที่ได้รับว่างเปล่า กรุณาส่งใหม่อีกครั้ง
check-file-too-large = ไฟล์นี้ใหญ่กว่าขีดจำกัด { $max } กรุณาส่งไฟล์ที่เล็กลง เช่น ส่งออกให้สั้นลงหรือความละเอียดต่ำลง
check-file-mib = { $size } MiB
check-file-type = ไม่รองรับไฟล์ประเภทนี้ กรุณาส่งเป็น { $allowed }
check-file-kind-video = วิดีโอ
check-file-kind-image = รูปภาพ
check-file-kind-audio = ไฟล์เสียง
check-file-kind-pdf = ไฟล์ PDF
check-file-kind-other = ไฟล์ { $kind }

## ขั้นตอนของดีล

## Review pane: draft file, picture, save and open (issue 15)

action-view-file = แสดงรูปภาพ
action-save-file = บันทึกไฟล์ลงโฟลเดอร์
action-open-file = เปิดด้วยโปรแกรมดูของระบบ
dash-this-version = เวอร์ชันนี้
dash-earlier-versions = เวอร์ชันก่อนหน้าและหมายเหตุ
dash-first-version = นี่คือเวอร์ชันแรก
dash-file-type = ประเภท
dash-file-size = ขนาด
dash-file-picture = รูปภาพ
dash-save-to = บันทึกไฟล์ในโฟลเดอร์นี้
dash-file-saved = บันทึกเป็น
dash-file-opened = เปิดด้วยโปรแกรมดูของระบบแล้ว
dash-file-missing = ไม่พบไฟล์ในที่เก็บไฟล์: ไฟล์ไม่เคยมาถึงที่นี่หรือถูกลบไปแล้ว
dash-file-unreadable = อ่านหรือเขียนไฟล์ไม่ได้:
dash-open-remote = เปิดไฟล์ได้เฉพาะเมื่อแดชบอร์ดทำงานบนเครื่องนี้ ผ่าน SSH ให้บันทึกไฟล์แทน
dash-open-failed = เริ่มโปรแกรมดูของระบบ (xdg-open หรือ open) ไม่ได้
dash-not-a-picture = ที่นี่แสดงเฉพาะรูปภาพ ให้บันทึกหรือเปิดไฟล์นี้แทน
dash-no-file = ฉบับร่างนี้มีแต่ข้อความ ไม่มีไฟล์
dash-notes-video-hint = หนึ่งบรรทัดต่อหนึ่งหมายเหตุ ระบุเวลาในวิดีโอ: 0:12 ให้เห็นฉลาก

stage-offered = ส่งข้อเสนอแล้ว
stage-negotiating = กำลังต่อรอง
stage-contracted = ทำสัญญาแล้ว
stage-in_review = กำลังตรวจสอบ
stage-changes_requested = รอแก้ไข
stage-approved = อนุมัติแล้ว
stage-published = โพสต์แล้ว
stage-verified = ตรวจสอบแล้ว
stage-completed = เสร็จสมบูรณ์
stage-removed = ลบก่อนกำหนด
stage-declined = ปฏิเสธแล้ว
stage-expired = หมดอายุ
stage-cancelled = ยกเลิกแล้ว

## การเตือนความจำ

time-left-days = เหลืออีก { $days } วัน
time-left-hours = เหลืออีก { $hours } ชั่วโมง
time-left-overdue = เลยกำหนดแล้ว
reminder-respond-by = แจ้งเตือน: กรุณาตอบข้อเสนอของแคมเปญ { $campaign } ภายใน { $due } ({ $left })
reminder-draft-due = แจ้งเตือน: ดราฟต์ของคุณสำหรับแคมเปญ { $campaign } ครบกำหนดส่ง { $due } ({ $left })
reminder-publish-by = แจ้งเตือน: กรุณาโพสต์ผลงานสำหรับแคมเปญ { $campaign } ภายใน { $due } ({ $left })

## การต่อรอง: คำตอบของแบรนด์ต่อข้อเสนอกลับ การเตือน และการหมดอายุ

# คำตอบของแบรนด์ (issue 15): ปฏิเสธค่าตอบแทนที่เสนอ หมายเหตุข้อเสนอใหม่ ปฏิเสธโพสต์ และหมายเหตุตามเวลาในวิดีโอ
notice-counter-declined = แบรนด์ไม่สามารถรับค่าตอบแทนที่คุณเสนอสำหรับแคมเปญ { $campaign } ได้ ข้อเสนอ { $fee } ของแบรนด์ยังคงอยู่ คุณสามารถยอมรับ ปฏิเสธ หรือเสนอค่าตอบแทนอื่นได้ภายใน { $due }
notice-brand-note = หมายเหตุจากแบรนด์: { $note }
notice-post-refused =
    แบรนด์ไม่สามารถรับลิงก์ที่คุณส่งมาสำหรับแคมเปญ { $campaign } ({ $url }) ได้: { $reason }
    กรุณาแก้ไขแล้วส่งลิงก์โพสต์ของคุณมาอีกครั้ง
notice-review-note-at = • { $at } — { $text }
notice-review-note = • { $text }

notice-counter-pending = ดีล #{ $deal }: { $creator } กำลังรอคำตอบของคุณต่อค่าตอบแทนที่เสนอ { $fee } โปรดยอมรับหรือแก้ไขข้อเสนอภายใน { $due } ({ $left }) มิฉะนั้นข้อเสนอจะหมดอายุ
notice-counter-expired = ดีล #{ $deal }: ไม่มีใครตอบค่าตอบแทน { $fee } ที่ { $creator } เสนอภายในเวลา ข้อเสนอจึงหมดอายุแล้ว
notice-negotiation-expired = แบรนด์ไม่ได้ตอบค่าตอบแทน { $fee } ที่คุณเสนอสำหรับ { $campaign } ภายในเวลา ข้อเสนอจึงหมดอายุแล้ว
deadline-counter_answer = คำตอบต่อข้อเสนอกลับ
scheduled-remind-counter = เตือนทีม: ตอบข้อเสนอกลับ
bot-status-counter = ถัดไป: แบรนด์กำลังพิจารณาค่าตอบแทน { $fee } ที่คุณเสนอจนถึง { $due } ({ $left })

## ปุ่ม คำสั่ง และหน้าจอ

button-accept = ยอมรับ
button-decline = ปฏิเสธ
button-propose-fee = เสนอค่าตอบแทน
button-read-brief = อ่านบรีฟฉบับเต็ม
command-link = เชื่อมแชตนี้กับคำเชิญ LinkStar ของคุณ
command-status = ดีล กำหนดส่ง และการชำระเงินของคุณ
command-help = ขั้นตอนถัดไปที่ต้องทำ
command-language = เปลี่ยนภาษา
command-draft = ส่งฉบับร่างเพื่อตรวจ
command-post = ส่งลิงก์โพสต์ที่เผยแพร่แล้ว
option-token = รหัสจากคำเชิญของคุณ
option-file = ฉบับร่างของคุณ: วิดีโอ รูปภาพ หรือเอกสาร
option-caption = แคปชันที่คุณจะโพสต์คู่กัน
option-url = ลิงก์โพสต์ที่เผยแพร่แล้ว
field-fee = ค่าตอบแทนของคุณ เช่น 600 EUR
discord-name-link = เชื่อมต่อ
discord-name-deals = ดีล
discord-name-draft = ฉบับร่าง
discord-name-post = โพสต์
discord-name-language = ภาษา
discord-name-help = ช่วยเหลือ
discord-name-token = รหัส
discord-name-file = ไฟล์
discord-name-caption = แคปชัน
discord-name-url = ลิงก์
screen-pipeline = ภาพรวมดีล
screen-campaigns = แคมเปญ
screen-creators = ครีเอเตอร์
screen-review = คิวตรวจงาน
screen-payments = การชำระเงิน
screen-reports = รายงาน
screen-activity = กิจกรรม

## บอท Telegram นอกแชทส่วนตัวของครีเอเตอร์

bot-private-chat-only = บอทนี้ใช้งานได้เฉพาะในแชทส่วนตัวเท่านั้น กรุณาส่งข้อความหาฉันโดยตรง
bot-not-your-button = ปุ่มนี้ไม่ใช่ของคุณ จึงไม่มีการเปลี่ยนแปลงใด ๆ

## ชื่อภาษา ในภาษาของตัวเอง (เหมือนกันทุกไฟล์)

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
language-changed = เรียบร้อย! ภาษาที่เลือก: { $language } ต่อจากนี้จะส่งข้อความถึงคุณเป็นภาษานี้

## ผู้ช่วยครีเอเตอร์ในแชต

bot-welcome =
    { $platform ->
        [discord] สวัสดี! ฉันเป็นผู้ช่วยสำหรับงานร่วมกับแบรนด์ของคุณ เริ่มต้นโดยส่ง { $link } พร้อมรหัสจากคำเชิญที่แบรนด์ส่งให้คุณ
       *[other] สวัสดี! ฉันเป็นผู้ช่วยสำหรับงานร่วมกับแบรนด์ของคุณ เริ่มต้นด้วยการเปิดลิงก์คำเชิญที่แบรนด์ส่งให้คุณ
    }
bot-not-linked =
    { $platform ->
        [discord] แชทนี้ยังไม่ได้เชื่อมต่อกับคำเชิญใด กรุณาส่ง { $link } พร้อมรหัสจากคำเชิญที่แบรนด์ส่งให้คุณ
       *[other] แชตนี้ยังไม่ได้เชื่อมกับคำเชิญ โปรดเปิดลิงก์คำเชิญที่แบรนด์ส่งให้คุณ
    }
bot-linked = ยินดีต้อนรับ { $name }! แชตนี้เชื่อมต่อแล้ว ข้อเสนอสำหรับ { $campaign } จะตามมาในอีกสักครู่
bot-unknown-command = ฉันไม่รู้จักคำสั่งนี้ ส่ง { $help } เพื่อดูว่าฉันช่วยอะไรได้บ้าง
bot-nothing-expected = ตอนนี้ยังไม่มีอะไรที่ต้องส่งมา ส่ง { $status } เพื่อดูงานร่วมของคุณ
bot-button-stale = ปุ่มนี้ใช้ไม่ได้แล้ว ส่ง { $status } เพื่อดูสถานะล่าสุด
bot-ask-fee = คุณต้องการเสนอค่าตอบแทนเท่าไรสำหรับ { $campaign }? ส่งจำนวนเงินเป็น { $currency } เช่น { $example } หากต้องการคงข้อเสนอเดิมไว้ ให้แตะ ยกเลิก
bot-fee-invalid = ฉันอ่านจำนวนเงินนี้ไม่ออก โปรดส่งเฉพาะตัวเลข เช่น { $example } หรือแตะ ยกเลิก
bot-counter-sent = ขอบคุณ! ฉันส่งข้อเสนอ { $fee } ของคุณให้แบรนด์แล้ว จะแจ้งให้ทราบทันทีที่แบรนด์ตอบกลับ
bot-accepted = คุณยอมรับข้อเสนอสำหรับ { $campaign } แล้ว
bot-declined = คุณปฏิเสธข้อเสนอสำหรับ { $campaign } แล้ว ขอบคุณที่แจ้งให้ทราบ!
bot-brief = บรีฟของ { $campaign }:
bot-expect-file =
    { $platform ->
        [discord] กรุณาส่งดราฟต์สำหรับ { $campaign } ด้วย { $draft }: แนบไฟล์และใส่แคปชันของคุณ
       *[other] โปรดส่งดราฟต์สำหรับ { $campaign } เป็นไฟล์ รูปภาพ หรือวิดีโอ พร้อมแคปชันในข้อความเดียวกัน
    }
bot-which-deal = ดราฟต์นี้สำหรับงานร่วมไหน?
bot-draft-received = ได้รับแล้ว! ดราฟต์เวอร์ชัน { $version } สำหรับ { $campaign } อยู่ระหว่างให้แบรนด์ตรวจ
bot-checks-passed = การตรวจอัตโนมัติ: แคปชันของคุณมีครบทุกอย่างแล้ว
bot-checks-found = การตรวจอัตโนมัติพบสิ่งที่ต้องแก้ก่อนโพสต์:
bot-post-received = ขอบคุณ! บันทึกโพสต์ของคุณสำหรับ { $campaign } แล้ว แบรนด์จะตรวจสอบเร็ว ๆ นี้
bot-language-choose = เลือกภาษาของคุณ:
bot-status-empty = คุณยังไม่มีงานร่วม
bot-status-title = งานร่วมของคุณ:
bot-status-deal = { $campaign }: { $stage }
bot-status-deadline = ถัดไป: { $deadline } { $due } ({ $left })
bot-status-payment-open = การชำระเงิน: { $amount } ครบกำหนด { $due }
bot-status-payment-paid = การชำระเงิน: { $amount } ชำระแล้ว
bot-help-not-linked =
    { $platform ->
        [discord] ส่ง { $link } พร้อมรหัสจากคำเชิญของแบรนด์เพื่อเชื่อมต่อแชทนี้ หลังจากนั้นฉันจะแสดงข้อเสนอของคุณที่นี่
       *[other] เปิดลิงก์คำเชิญจากแบรนด์เพื่อเชื่อมแชตนี้ จากนั้นฉันจะแสดงข้อเสนอของคุณที่นี่
    }
bot-help-offered = อ่านข้อเสนอสำหรับ { $campaign } และบรีฟ แล้วตอบด้วยปุ่มใต้ข้อเสนอ
bot-help-negotiating = แบรนด์กำลังพิจารณาค่าตอบแทนที่คุณเสนอสำหรับ { $campaign } จะแจ้งให้ทราบเมื่อแบรนด์ตอบกลับ
bot-help-contracted =
    { $platform ->
        [discord] ส่งดราฟต์สำหรับ { $campaign } ด้วย { $draft }: วิดีโอ รูปภาพ หรือเอกสาร พร้อมแคปชัน
       *[other] ส่งดราฟต์สำหรับ { $campaign } ที่นี่: วิดีโอ รูปภาพ หรือเอกสาร พร้อมแคปชันในข้อความเดียวกัน
    }
bot-help-in-review = แบรนด์กำลังตรวจดราฟต์ของคุณสำหรับ { $campaign } ฉันจะส่งคำตอบให้ที่นี่
bot-help-changes =
    { $platform ->
        [discord] แบรนด์ขอให้แก้ไขสำหรับ { $campaign } กรุณาส่งดราฟต์เวอร์ชันใหม่ด้วย { $draft }
       *[other] แบรนด์ขอให้แก้ไขงานสำหรับ { $campaign } ส่งดราฟต์เวอร์ชันใหม่ที่นี่
    }
bot-help-approved = โพสต์งานสำหรับ { $campaign } ภายในช่วงเวลาโพสต์ แล้วส่งลิงก์มาให้ฉัน
bot-help-published = แบรนด์กำลังตรวจสอบโพสต์ของคุณสำหรับ { $campaign }
bot-help-done = ตอนนี้ยังไม่มีอะไรต้องทำ ฉันจะแจ้งเมื่อมีเรื่องที่ต้องให้คุณจัดการ
bot-help-commands = คำสั่ง:
bot-expect-answer = ข้อเสนอสำหรับ { $campaign } กำลังรอคำตอบจากคุณ: ตอบรับ ปฏิเสธ หรือเสนอค่าตอบแทนอื่นด้วยปุ่มด้านล่าง
bot-already-linked = คุณเชื่อมต่อแล้ว: แชทนี้เชื่อมกับคำเชิญของคุณสำหรับ { $campaign } แล้ว จึงไม่ต้องทำอะไรกับลิงก์นั้นอีก
bot-already-accepted = คุณตอบรับข้อเสนอสำหรับ { $campaign } ไปแล้วเมื่อ { $date }
bot-deal-unavailable = งานร่วมนั้นไม่มีในแชทนี้ ส่ง { $status } เพื่อดูงานของคุณ
bot-fee-wrong-currency = ค่าตอบแทนต้องเป็น { $currency } ซึ่งเป็นสกุลเงินของงานนี้ ไม่ใช่ { $found } กรุณาส่งจำนวนเงินเป็น { $currency } เช่น { $example } หรือแตะ ยกเลิก
bot-fee-cancelled = ได้เลย ไม่มีการเสนอค่าตอบแทนใหม่ ข้อเสนอสำหรับ { $campaign } ยังคงเดิม: ตอบด้วยปุ่มด้านล่าง
bot-nothing-to-cancel = ตอนนี้ไม่มีอะไรให้ยกเลิก
bot-post-early = ช่วงเวลาโพสต์สำหรับ { $campaign } จะเริ่มวันที่ { $opens } โพสต์ของคุณเผยแพร่แล้วหรือยัง? แตะ "ใช่ โพสต์แล้ว" เพื่อส่งลิงก์ให้แบรนด์ หรือแตะ ยกเลิก
bot-post-early-cancelled = ได้เลย ฉันยังไม่ได้บันทึกลิงก์ ส่งมาอีกครั้งเมื่อโพสต์เผยแพร่แล้ว ตั้งแต่ { $opens }
bot-post-link-expected = ฉันกำลังรอลิงก์โพสต์ที่เผยแพร่แล้วของคุณสำหรับ { $campaign } กรุณาส่งลิงก์เต็มจาก แชร์ → คัดลอกลิงก์ ในแอป เช่น https://www.tiktok.com/@ชื่อของคุณ/video/…
bot-button-cancel = ยกเลิก
bot-button-post-live = ใช่ โพสต์แล้ว
bot-format-video = วิดีโอ
bot-format-image = โพสต์รูปภาพ
bot-format-story = สตอรี่
bot-format-live = ไลฟ์สด
bot-payment-fixed = ค่าตอบแทนคงที่ จ่าย { $deposit }% เมื่อเซ็นสัญญา
bot-payment-cps = ค่าคอมมิชชัน { $rate }% จากยอดขาย
bot-payment-hybrid = ค่าตอบแทนคงที่บวกค่าคอมมิชชัน { $rate }% จากยอดขาย จ่าย { $deposit }% ของค่าตอบแทนเมื่อเซ็นสัญญา
bot-rights-organic = เฉพาะโพสต์ของคุณเอง
bot-rights-paid-ads = แบรนด์นำโพสต์ของคุณไปทำโฆษณาได้ { $days } วัน
bot-rights-perpetual = แบรนด์ใช้งานได้ไม่จำกัด
bot-card =
    { $campaign } · { $product }
    ชิ้นงาน: { $deliverables }
    ค่าตอบแทน: { $fee } ({ $payment })
    สิทธิ์การใช้งาน: { $rights }
    ระยะเวลาผูกขาด: { $exclusivity_days } วัน
    กำหนดส่งดราฟต์: { $draft_due }
    โพสต์ระหว่าง { $publish_opens } ถึง { $publish_closes }
    จำนวนรอบแก้ไขที่รวมอยู่: { $rounds }
## Command line (operators)

pipeline-col-deliverables = ชิ้นงานที่ต้องส่ง
pipeline-col-warnings = คำเตือน
pipeline-warn-risk = สัญญาณความเสี่ยง: { $flags }
pipeline-warn-market = อยู่นอกตลาดของแคมเปญ ({ $country })
pipeline-warn-budget = เกินงบประมาณที่เหลือ (เหลือ { $left })
pipeline-dry-run = ทดลองรัน: จะส่งข้อเสนอ { $count } รายการ รวม { $total } ยังไม่ได้ส่งอะไร
pipeline-confirm-offers = ส่งข้อเสนอ { $count } รายการสำหรับ { $campaign } รวม { $total } หรือไม่? [y/N]
pipeline-needs-yes = ไม่มีอะไรเปลี่ยนแปลง: ไม่ได้อยู่บนเทอร์มินัลจึงไม่มีใครยืนยันได้ ตรวจสอบก่อน (offers send มี --dry-run) แล้วเพิ่ม { $flag } เพื่อดำเนินการต่อ
pipeline-nothing-changed = ไม่มีอะไรเปลี่ยนแปลง
pipeline-offers-sent = ส่งข้อเสนอแล้ว { $sent } รายการ ถูกปฏิเสธ { $refused } รายการ
pipeline-offer-refused = { $creator }: ไม่ได้ส่ง: { $reason }
pipeline-no-rate = { $creator } ไม่มีเรตราคาสำหรับ { $format }: โปรดระบุ --fee "จำนวน สกุลเงิน"
pipeline-no-recipients = ไม่มีครีเอเตอร์ที่จะส่งถึง: ระบุด้วย --creator, --csv หรือ --search
pipeline-bad-search = “{ $term }” ไม่ใช่เงื่อนไขการค้นหา ใช้ platform:, country:, language:, category:, audience:, tier:, min-followers:, max-followers:, min-engagement:, status:, no-risk หรือคำทั่วไปสำหรับชื่อหรือแฮนเดิล
pipeline-counter-accepted = ดีล { $deal }: ยอมรับข้อเสนอกลับของ { $creator } ที่ { $fee } แล้ว ครีเอเตอร์จะยืนยันในแชท
pipeline-countered-back = ดีล { $deal }: คุณเสนอกลับที่ { $fee } แล้ว { $creator } ต้องตอบภายใน { $due }
pipeline-counter-declined = ดีล { $deal }: ปฏิเสธข้อเสนอกลับแล้ว ข้อเสนอ { $fee } ยังคงเดิม
pipeline-cancel-heading = การยกเลิกดีล { $deal } ({ $creator }, { $campaign }):
pipeline-cancel-payment = { $kind } { $amount }: { $fate ->
        [paid] ยังคงจ่ายแล้ว
        [cancelled] ถูกยกเลิกไปก่อนแล้ว
       *[voided] ถูกยกเลิก
    }
pipeline-cancel-no-payments = ไม่มีการชำระเงินใดได้รับผลกระทบ
pipeline-confirm-cancel = ยกเลิกดีล { $deal } หรือไม่? [y/N]
pipeline-cancelled = ยกเลิกดีล { $deal } แล้ว และแจ้งครีเอเตอร์แล้ว
pipeline-approved = ดีล { $deal }: อนุมัติดราฟต์ { $version } แล้ว ครีเอเตอร์ได้รับช่วงเวลาโพสต์แล้ว
pipeline-changes-requested = ดีล { $deal }: ขอให้แก้ไขดราฟต์ { $version } (รอบที่ { $round } จาก { $rounds }) ครีเอเตอร์ได้รับบันทึกของคุณแล้ว
pipeline-post-verified = ดีล { $deal }: ตรวจสอบโพสต์แล้ว กำหนดการจ่ายส่วนที่เหลือแล้ว
pipeline-post-refused = ดีล { $deal }: ปฏิเสธลิงก์โพสต์แล้ว ขอให้ครีเอเตอร์ส่งลิงก์ที่แก้ไขแล้ว
pipeline-no-drafts = ดีล { $deal } ยังไม่มีดราฟต์
pipeline-draft-version = เวอร์ชัน { $version } · { $when } · { $kind ->
        [photo] รูปภาพ
        [video] วิดีโอ
        [text] ข้อความเท่านั้น
       *[file] ไฟล์
    }
pipeline-draft-file = ไฟล์: { $name } ({ $mime }, { $size } ไบต์, SHA-256 { $sha })
pipeline-draft-review = { $decision ->
        [approved] อนุมัติแล้ว
       *[changes] ขอให้แก้ไข
    } { $when }: { $notes }
pipeline-draft-saved = บันทึกดราฟต์ { $version } ของดีล { $deal } ไว้ที่ { $path }
pipeline-draft-exists = มี { $path } อยู่แล้ว ไม่ได้เขียนทับอะไร ลบไฟล์นั้นหรือเลือกโฟลเดอร์ --out อื่น
pipeline-draft-no-version = ดีล { $deal } ไม่มีดราฟต์ { $version } เวอร์ชันล่าสุดคือ { $versions }
pipeline-draft-blob-missing = ไม่พบไฟล์ของดราฟต์ { $version } ในที่เก็บไฟล์ ({ $path }) ตั้งค่า blob_dir (LINKSTAR_BLOB_DIR) เป็นโฟลเดอร์ที่ `linkstar serve` ใช้
pipeline-yes-words = y, yes, ใช่

console-database-ready = ฐานข้อมูลเป็นเวอร์ชันล่าสุดแล้ว: { $url }
console-demo-reused = ใช้ฐานข้อมูลตัวอย่างที่มีอยู่แล้วที่ { $url }
console-demo-seeded = สร้างฐานข้อมูลตัวอย่างที่ { $url } แล้ว: { $campaigns } แคมเปญ ครีเอเตอร์ { $creators } คน ดีล { $deals } รายการ เข้าใช้งานในฐานะผู้ดูแล “{ $operator }”
console-pipeline-total = ดีล { $deals } รายการ ครีเอเตอร์ในคลัง { $creators } คน
console-audit-intact = บันทึกการตรวจสอบครบถ้วน: ตรวจแล้ว { $events } เหตุการณ์
console-audit-unlinked = บันทึกการตรวจสอบเสียหายที่เหตุการณ์ { $event }: ไม่ต่อเนื่องกับเหตุการณ์ก่อนหน้า (มีเหตุการณ์ถูกลบหรือแก้ไข)
console-audit-altered = บันทึกการตรวจสอบเสียหายที่เหตุการณ์ { $event }: ถูกแก้ไขหลังจากบันทึกแล้ว
console-import-progress = นำเข้าครีเอเตอร์แล้ว { $imported } คน ปฏิเสธ { $refused } แถว…
console-row-refused = บรรทัด { $line }: { $reason }
console-import-done = นำเข้าครีเอเตอร์ { $imported } คน ปฏิเสธ { $refused } แถว
console-exported = ส่งออกครีเอเตอร์ { $count } คนแล้ว
console-offer-made = ส่งข้อเสนอ { $deal } ให้ { $creator } สำหรับแคมเปญ { $campaign } แล้ว
console-telegram-link-hint = ตั้งค่า telegram_bot_username เพื่อรับลิงก์ t.me
console-brand-created = สร้างแบรนด์ { $id } แล้ว: { $name }
console-operator-created = สร้างผู้ดูแล { $id } แล้ว
console-campaign-created = สร้างแคมเปญ { $id } แล้ว
console-failed = ข้อผิดพลาด: { $message }
console-serve-running = linkstar serve: { $bots } กำลังทำงาน พร้อมตัวส่งข้อความและตัวจัดตารางการแจ้งเตือน หยุดด้วย Ctrl-C
console-serve-stopping = linkstar serve: จะหยุดเมื่อส่งข้อความที่กำลังส่งเสร็จ กด Ctrl-C อีกครั้งเพื่อหยุดทันที
console-serve-stopped = linkstar serve: หยุดแล้ว
console-serve-stopped-at-once = linkstar serve: หยุดทันทีแล้ว ข้อความที่กำลังส่งอยู่อาจถูกส่งซ้ำ

## Discord: buttons pressed in a server and edited messages

discord-not-your-button = ปุ่มเหล่านี้เป็นของบทสนทนาระหว่างฉันกับคนอื่น สำหรับงานร่วมของคุณเอง โปรดส่งข้อความส่วนตัวถึงฉัน
discord-edit-not-taken = คุณแก้ไขข้อความก่อนหน้า ฉันจะรับการแก้ไขเฉพาะเมื่อเป็นคำตอบที่ฉันกำลังรออยู่ โปรดส่งใหม่เป็นข้อความใหม่

## Command line: results and money (operators)

console-report-heading-open = { $campaign } (เปิดอยู่) — จำนวนเงินเป็น { $currency } ณ วันที่ { $as_of }
console-report-heading-closed = { $campaign } (ปิดแล้ว) — จำนวนเงินเป็น { $currency } ณ วันที่ { $as_of }
console-report-rates = อัตราแลกเปลี่ยน: { $rates }
console-report-rates-none = อัตราแลกเปลี่ยน: ไม่ต้องแปลงสกุลเงิน
console-report-totals = ดีล { $deals } · ยอดที่ตกลง { $committed } · จ่ายแล้ว { $paid }
console-report-reach = การเข้าถึง { $reach } · การมีส่วนร่วม { $engagements } · อัตราการมีส่วนร่วม { $engagement_rate } · CPM { $cpm } · CPE { $cpe } · CPC { $cpc }
console-report-sales = คลิก { $clicks } · คอนเวอร์ชัน { $conversions } · รายได้ { $revenue } · ROI { $roi }
console-report-delivery = ส่งดราฟต์ตรงเวลา { $on_time } · จำนวนครั้งที่แก้ไขต่อดีล { $revisions }
console-report-creators-note = (ทางขวาของ | : ผลงานของครีเอเตอร์แต่ละคนในทุกแคมเปญ — จำนวนดีล การส่งดราฟต์ตรงเวลา จำนวนครั้งที่แก้ไขต่อดีล และการลบโพสต์ก่อนกำหนด)
console-hours = { $hours } ชม.
console-metrics-imported = นำเข้าข้อมูลสถิติ { $imported } รายการ ปฏิเสธ { $refused } แถว
console-metrics-recorded = บันทึกสถิติของดีล { $deal } แล้ว
console-metrics-fetch-failed = ดีล { $deal }: { $reason }
console-metrics-fetched = ดึงสถิติของโพสต์ { $fetched } รายการ ล้มเหลว { $failed } รายการ
console-payment-deal = ดีล { $deal }
console-payment-due = ครบกำหนด { $due }
console-payments-listed = การชำระเงิน { $count } รายการ
console-payment-paid = บันทึกการชำระเงิน { $payment } จำนวน { $amount } ว่าจ่ายแล้ว ({ $reference })
console-payments-now-due = การชำระเงิน { $count } รายการถึงกำหนดชำระแล้ว
console-bonus-scheduled = นัดจ่ายโบนัส { $payment } สำหรับดีล { $deal } แล้ว
console-payout-file = { $path }: การชำระเงิน { $count } รายการ
console-fx-rate-set = 1 { $from } = { $rate } { $to } ณ วันที่ { $date }
console-discount-code-set = ดีล { $deal }: โค้ดส่วนลด { $code }
console-discount-code-removed = ดีล { $deal }: ลบโค้ดส่วนลดแล้ว
console-attribution-exported = { $path }: ดีล { $count } รายการ
console-commission-scheduled = ดีล { $deal }: นัดจ่ายค่าคอมมิชชัน { $amount } แล้ว
console-campaign-closed = ปิดแคมเปญ { $campaign } แล้ว: นัดจ่ายค่าคอมมิชชัน { $commissions } รายการ ดีลเสร็จสมบูรณ์ { $completed } รายการ

## คำในตารางรายงาน (สั้น ๆ เพราะใช้เป็นหัวคอลัมน์)

## Shell: creators search, campaigns edit, progress of long jobs (issue 16)
shell-pool-bad-filter = --{ $field } ไม่รับค่า “{ $value }”
shell-pool-empty = ไม่มีครีเอเตอร์ที่ตรงกับตัวกรองเหล่านี้
shell-pool-fit-for = ความเหมาะสมกับ { $campaign }
shell-campaign-file-unreadable = อ่าน { $file } ไม่ได้: { $reason }
shell-campaign-file-kind = { $file }: ไฟล์แคมเปญต้องลงท้ายด้วย .toml หรือ .json
shell-campaign-file-invalid = { $file }: { $field }: { $reason } ไม่มีการเปลี่ยนแปลงใด ๆ
shell-campaign-updated = อัปเดตแคมเปญ “{ $name }” แล้ว
shell-progress = { $job }: แล้ว { $done }…
shell-progress-of = { $job }: { $done } จาก { $total }
shell-progress-done = { $job }: เสร็จแล้ว ({ $done })
shell-job-import = กำลังนำเข้าครีเอเตอร์
shell-job-export = กำลังส่งออกครีเอเตอร์
shell-job-demo = กำลังสร้างเดโม
shell-job-backfill = กำลังวางแผนการแจ้งเตือน
shell-job-metrics = กำลังดึงข้อมูลสถิติ
shell-job-payouts = กำลังส่งออกการจ่ายเงิน

report-campaign = แคมเปญ
report-deal = ดีล
report-creator = ครีเอเตอร์
report-stage = สถานะ
report-committed = ยอดที่ตกลง
report-paid = จ่ายแล้ว
report-reach = การเข้าถึง
report-engagement-rate = อัตรามีส่วนร่วม
report-cpm = CPM
report-cpc = CPC
report-revenue = รายได้
report-roi = ROI
report-on-time = ตรงเวลา
report-deals = จำนวนดีล
report-revisions = แก้ไข
report-removals = ลบโพสต์
report-brand-speed = ความรวดเร็วของแบรนด์
report-this-campaign = แคมเปญนี้
report-all-campaigns = ทุกแคมเปญ
report-reviews = จำนวนการตรวจ
report-average-review = เวลาตรวจเฉลี่ย
report-within-review-sla = ตรวจทันกำหนด
report-payments-made = จำนวนการจ่ายเงิน
report-average-delay = ความล่าช้าในการจ่ายเฉลี่ย
report-paid-on-time = จ่ายตรงเวลา (72 ชม.)
report-overdue-now = เกินกำหนดขณะนี้

## First run, the active profile and `linkstar status` (operators). $path and $url are
## files and databases, $bot is "Telegram" or "Discord", $role and $action come as they are.

setup-missing-database = ไม่มีฐานข้อมูลที่ { $path } ตั้งค่าด้วย `linkstar setup init` (แบรนด์ของคุณเอง) หรือ `linkstar demo` (ข้อมูลตัวอย่าง) หรือระบุฐานข้อมูลอื่นด้วย --db
setup-unreadable-database = เปิดฐานข้อมูลที่ { $path } ไม่ได้: { $reason } ตรวจสอบว่าเป็นฐานข้อมูลของ LinkStar และคุณมีสิทธิ์อ่านและเขียน หรือระบุฐานข้อมูลอื่นด้วย --db
setup-newer-schema = ฐานข้อมูลนี้เขียนโดย LinkStar รุ่นที่ใหม่กว่า (สคีมา { $found } แต่รุ่นนี้รู้จักถึง { $known }) ติดตั้ง linkstar รุ่นใหม่เพื่อใช้งาน
setup-unknown-campaign = ไม่มีแคมเปญ “{ $name }”
setup-unknown-creator = ไม่มีครีเอเตอร์ “{ $name }” ในรายชื่อ
setup-unknown-operator = ไม่มีผู้ดูแล “{ $name }” ในฐานข้อมูลนี้ ใช้ --operator กับชื่อผู้ใช้ที่มีอยู่ หรือเพิ่มด้วย `linkstar setup operator`
setup-did-you-mean = คุณหมายถึง “{ $name }” หรือเปล่า
setup-forbidden = บทบาทของคุณ ({ $role }) ทำสิ่งนี้ไม่ได้ ({ $action }) ขอให้ผู้ดูแลระบบของแบรนด์ทำแทนหรือเปลี่ยนบทบาทของคุณ
setup-not-set-up = LinkStar ยังไม่ได้ตั้งค่า: { $url } ยังไม่มีแบรนด์และผู้ดูแล
setup-set-up-with = หากต้องการตั้งค่าแบรนด์ของคุณเอง (คุณจะเป็นผู้ดูแลระบบ) ให้รัน:
setup-or-try-the-demo = หรือลองดูด้วยข้อมูลตัวอย่างก่อน:
setup-ask-brand = ชื่อแบรนด์
setup-ask-legal-name = ชื่อนิติบุคคล (สำหรับสัญญา)
setup-ask-currency = สกุลเงิน (รหัส ISO เช่น THB)
setup-ask-operator-name = ชื่อของคุณ
setup-ask-token = โทเค็นบอท { $bot } (เว้นว่างเพื่อข้าม)
setup-done = ตั้งค่า { $brand } แล้ว โดยมีคุณ ({ $username }) เป็นผู้ดูแลระบบ ใน { $url } ฐานข้อมูลนี้ใช้งานอยู่แล้ว `linkstar` จะเปิดแดชบอร์ด
setup-tokens-saved = บันทึกโทเค็นบอทไว้ใน { $path } แล้ว มีเพียงคุณที่อ่านได้
setup-demo-active = ฐานข้อมูลเดโมใช้งานอยู่แล้ว: คำสั่งที่ไม่มี --db จะใช้ฐานข้อมูลนี้ในนาม “{ $operator }” `linkstar setup init` จะตั้งค่าแบรนด์ของคุณเองและใช้งานแทน
setup-demo-not-active = ฐานข้อมูลของคุณเองยังคงใช้งานอยู่ หากต้องการทำงานกับเดโม ให้เพิ่ม --db { $url }
status-database = ฐานข้อมูล: { $url } (จาก{ $source })
status-no-file = ยังไม่มีไฟล์ฐานข้อมูล
status-operator = ผู้ดูแล: { $name } (จาก{ $source })
status-brand = แบรนด์: { $brand } บทบาท { $role }
status-language = ภาษา: { $language } (จาก{ $source })
status-bot-configured = บอท { $bot }: ตั้งค่าแล้ว
status-bot-not-configured = บอท { $bot }: ยังไม่ได้ตั้งค่า
source-flag = บรรทัดคำสั่ง
source-environment = ตัวแปรสภาพแวดล้อม { $name }
source-file = ไฟล์การตั้งค่า { $path }
source-profile = โปรไฟล์ที่ใช้งานอยู่ { $path }
source-os-user = ชื่อผู้ใช้ของคุณในคอมพิวเตอร์นี้
source-default = ค่าเริ่มต้น
config-value = { $key } = { $value } (จาก{ $source })
config-unset = ยังไม่ได้ตั้งค่า { $key }

## การชำระเงิน (ผู้ดูแล)

payment-kind-deposit = เงินมัดจำ
payment-kind-balance = ยอดคงเหลือ
payment-kind-commission = ค่าคอมมิชชัน
payment-kind-bonus = โบนัส
payment-status-scheduled = นัดไว้
payment-status-due = ถึงกำหนด
payment-status-paid = จ่ายแล้ว
payment-status-cancelled = ยกเลิก
## Demo in the present
console-demo-stale = ฐานข้อมูลตัวอย่างที่ { $url } สร้างไว้สำหรับวันที่ { $day } กำหนดเวลาต่าง ๆ จึงเลยไปแล้ว เรียก `linkstar demo --reseed` เพื่อสร้างใหม่สำหรับวันนี้
console-demo-reseed-ask = ฐานข้อมูลตัวอย่างที่ { $url } สร้างไว้สำหรับวันที่ { $day } ต้องการสร้างใหม่สำหรับวันนี้หรือไม่ ข้อมูลทั้งหมดในนั้นจะถูกแทนที่ [y/N]
console-demo-not-demo = ฐานข้อมูลที่ { $url } มีข้อมูลที่ไม่ใช่ของตัวอย่าง ตัวอย่างจึงไม่แตะต้องฐานข้อมูลนี้ ระบุไฟล์ใหม่ด้วย --db หรือไม่ต้องใส่ --db เพื่อใช้ฐานข้อมูลของตัวอย่างเอง
console-demo-reseed-file-only = สร้างใหม่ได้เฉพาะตัวอย่างที่อยู่ในไฟล์ SQLite เท่านั้น ล้างข้อมูลใน { $url } ด้วยตัวเอง แล้วเรียก `linkstar demo` อีกครั้ง

## Operator dashboard (terminal)

# โต๊ะทำงานของแดชบอร์ด: การต่อรอง โพสต์ การยกเลิก การยืนยัน เหตุผลในแบบฟอร์ม
dash-act-accept-counter = รับข้อเสนอกลับ
dash-act-counter-back = ตอบด้วยค่าตอบแทนของคุณ
dash-act-decline-counter = ปฏิเสธข้อเสนอกลับ
dash-act-verify-post = ยืนยันโพสต์
dash-act-refuse-post = ปฏิเสธลิงก์โพสต์
dash-act-cancel-deal = ยกเลิกงานร่วม
dash-negotiation = การต่อรอง
dash-their-counter = ข้อเสนอกลับของครีเอเตอร์
dash-your-offer = ข้อเสนอของคุณ
dash-round = รอบ
dash-answer-by = ตอบภายใน
dash-history = ประวัติ
dash-hist-offer = ข้อเสนอ
dash-hist-counter = ข้อเสนอกลับ
dash-hist-counter-back = คำตอบของคุณ
dash-hist-accepted = ยอมรับแล้ว
dash-hist-declined = ปฏิเสธแล้ว
dash-hist-counter-accepted = รับข้อเสนอกลับแล้ว
dash-hist-counter-declined = ปฏิเสธข้อเสนอกลับแล้ว
dash-hist-revised = แก้ไขข้อเสนอแล้ว
dash-post-link = ลิงก์โพสต์
dash-amount = จำนวนเงิน
dash-your-fee = ค่าตอบแทนของคุณ
dash-note-optional = ข้อความถึงครีเอเตอร์ (ไม่บังคับ)
dash-reason-creator = เหตุผล (ครีเอเตอร์จะได้อ่าน)
dash-cancel-payments = การชำระเงินจะเป็นอย่างไร
dash-pay-stays-paid = ยังคงจ่ายแล้ว
dash-pay-already-cancelled = ถูกยกเลิกไปก่อนแล้ว
dash-pay-voided = ถูกยกเลิก
dash-no-payments = ยังไม่มีการชำระเงิน
dash-confirm-hint = y หรือ Enter: ดำเนินการ · n หรือ Esc: ย้อนกลับ
dash-discard-title = ทิ้งสิ่งที่พิมพ์ไว้หรือไม่
dash-discard-hint = y: ทิ้ง · n หรือ Esc: แก้ไขต่อ
dash-form-hint-editor = Tab ช่องถัดไป · Ctrl-S บันทึก · Esc ยกเลิก
dash-still-loading = รายการที่เลือกยังโหลดอยู่ จึงยังไม่ได้ทำอะไร
dash-nothing-selected = ยังไม่ได้เลือกอะไร จึงยังไม่ได้ทำอะไร
dash-not-now = ทำไม่ได้ในขั้นนี้ของงานร่วม
dash-done-counter-accepted = รับข้อเสนอกลับแล้ว ครีเอเตอร์จะได้รับแจ้ง
dash-done-counter-sent = ส่งค่าตอบแทนของคุณให้ครีเอเตอร์แล้ว
dash-done-counter-declined = ปฏิเสธข้อเสนอกลับแล้ว ข้อเสนอของคุณยังคงเดิม
dash-done-post-verified = ยืนยันโพสต์แล้ว ยอดคงเหลือถูกกำหนดจ่ายแล้ว
dash-done-post-refused = ปฏิเสธลิงก์แล้ว ครีเอเตอร์จะได้รับแจ้งเหตุผล
dash-done-deal-cancelled = ยกเลิกงานร่วมแล้ว
dash-why-amount = ใส่จำนวนเงินพร้อมสกุลเงิน เช่น 450 THB
dash-why-currency = ใช้สกุลเงินของข้อเสนอ { $currency }
dash-why-date = ใส่วันที่ เช่น 2026-12-01
dash-why-number = ใส่จำนวนเต็ม เช่น 2
dash-why-percent = ใส่เปอร์เซ็นต์ตั้งแต่ 0.01 ถึง 100
dash-why-deposit = ใส่เงินมัดจำตั้งแต่ 0 ถึง 100 เปอร์เซ็นต์
dash-why-ends-before-start = วันสิ้นสุดอยู่ก่อนวันเริ่ม
dash-why-window = ช่วงเผยแพร่ต้องเปิดหลังกำหนดส่งดราฟต์ และปิดหลังจากเปิด
dash-why-draft-due = กำหนดส่งดราฟต์ต้องอยู่หลังวันตอบรับ
dash-why-countries = รหัสประเทศสองตัวอักษร คั่นด้วยจุลภาค เช่น TH, VN
dash-why-languages = รหัสภาษา คั่นด้วยจุลภาค เช่น th-TH, en-US
dash-why-hours = 1 ถึง 8 ชั่วโมงที่ไม่ซ้ำกัน ตั้งแต่ -720 ถึง 720 คั่นด้วยจุลภาค เช่น 48, 24, -24
dash-why-hour-range = ตั้งแต่ 1 ถึง 720 ชั่วโมง
dash-why-required = ช่องนี้เว้นว่างไม่ได้
dash-why-positive = ค่าต้องมากกว่าศูนย์
dash-why-unknown = LinkStar ไม่รู้จักค่านี้ในช่องนี้

dash-screen-deal = งานร่วม
dash-needs-you = รอคุณจัดการ
dash-all-clear = ตอนนี้ไม่มีงานที่รอคุณ
dash-all-campaigns = ทุกแคมเปญ
dash-closed-stages = ปิดแล้ว
dash-loading = กำลังโหลด…
dash-empty = ไม่มีข้อมูลที่จะแสดง
dash-live = สด
dash-help-title = ปุ่มลัด
dash-palette-title = คำสั่ง
dash-search = ค้นหา
dash-filters = ตัวกรอง
dash-any = ทั้งหมด
dash-yes = ใช่
dash-no = ไม่
dash-caption = แคปชัน
dash-checks = การตรวจอัตโนมัติ
dash-checks-passed = ผ่านการตรวจอัตโนมัติทุกข้อ
dash-file = ไฟล์
dash-text-only = ข้อความอย่างเดียว ไม่มีไฟล์
dash-versions = เวอร์ชันและความเห็น
dash-notes = ความเห็นถึงครีเอเตอร์
dash-reference = เลขอ้างอิงการโอน
dash-terms = เงื่อนไข
dash-timeline = ลำดับเหตุการณ์
dash-conversation = ข้อความถึงครีเอเตอร์
dash-brief = เทมเพลตบรีฟ
dash-product = สินค้า
dash-markets = ตลาด
dash-languages = ภาษา
dash-spend = ค่าใช้จ่ายตามแคมเปญ
dash-events-per-day = เหตุการณ์ต่อวัน 30 วันล่าสุด
dash-outbox = กล่องขาออก
dash-delivery = การส่งข้อความ
dash-delivery-ok = ข้อความกำลังถูกส่ง
dash-delivery-behind = มีข้อความรอเกิน 5 นาที `linkstar serve` ทำงานอยู่หรือไม่
dash-delivery-idle = ยังไม่มีการส่งข้อความ
dash-editor-hint = Ctrl-S ส่ง · Esc ยกเลิก
dash-form-hint = Tab ช่องถัดไป · Enter บันทึก · Esc ยกเลิก
dash-prompt-hint = Enter ยืนยัน · Esc ยกเลิก
dash-offer-title = เงื่อนไขข้อเสนอ
dash-campaign-new = แคมเปญใหม่
dash-campaign-edit = แก้ไขแคมเปญ
dash-saved = บันทึกแล้ว
dash-approved = อนุมัติดราฟต์แล้ว ระบบจะแจ้งครีเอเตอร์
dash-changes-sent = ขอแก้ไขแล้ว ระบบจะแจ้งครีเอเตอร์
dash-paid = ทำเครื่องหมายว่าจ่ายแล้ว
dash-no-campaign = ยังไม่ได้เลือกแคมเปญ
dash-due = ถึงกำหนด
dash-overdue = เลยกำหนด
dash-paid-tab = จ่ายแล้ว
dash-fit-for = ความเหมาะสมกับ
dash-publish-opens = เริ่มโพสต์ได้
dash-publish-closes = โพสต์ได้ถึง
dash-offer-commission = ค่าคอมมิชชันจากยอดขาย % (เว้นว่าง: ไม่มี)
dash-offer-ads-days = ใช้ในโฆษณาแบบชำระเงิน จำนวนวัน (0: เฉพาะออร์แกนิก)
dash-name = ชื่อ
dash-starts = เริ่ม
dash-ends = สิ้นสุด
dash-reminder-offsets = การแจ้งเตือน (กี่ชั่วโมงก่อน; ค่าลบ = หลังกำหนด)
dash-revision-hours = เวลาแก้ไขงาน (ชั่วโมง)
dash-bad-value = โปรดตรวจสอบช่องนี้
dash-refresh-failed = รีเฟรชไม่สำเร็จ กำลังลองใหม่
dash-actor-system = LinkStar (อัตโนมัติ)
dash-actor-team = ทีมแบรนด์
dash-event-draft = อัปโหลดดราฟต์
dash-event-payment-scheduled = กำหนดการจ่ายเงิน
dash-event-payment-paid = จ่ายเงินแล้ว
dash-event-metrics = บันทึกตัวเลข
dash-event-chat-linked = เชื่อมแชตแล้ว
dash-event-other = การเปลี่ยนแปลงอื่น
col-creator = ครีเอเตอร์
col-campaign = แคมเปญ
col-stage = ขั้นตอน
col-fee = ค่าตอบแทน
col-due = กำหนด
col-updated = อัปเดต
col-country = ประเทศ
col-followers = ผู้ติดตาม
col-engagement = เอนเกจเมนต์
col-tier = ขนาด
col-fit = ความเหมาะสม
col-handle = บัญชี
col-flags = ความเสี่ยง
col-status = สถานะ
col-amount = จำนวนเงิน
col-kind = ประเภท
col-reference = เลขอ้างอิง
col-budget = งบประมาณ
col-committed = ผูกพันแล้ว
col-paid = จ่ายแล้ว
col-delivered = ส่งงานแล้ว
col-dates = ช่วงเวลา
col-version = เวอร์ชัน
col-sla = ตรวจภายใน
col-message = ข้อความ
col-recipient = ถึง
col-deals = งานร่วม
col-views = ยอดวิว
col-clicks = คลิก
col-conversions = ยอดขาย
col-revenue = รายได้
col-when = เมื่อ
col-who = ใคร
col-what = อะไร
col-pending = รอส่ง
col-sent = ส่งแล้ว
col-failed = ล้มเหลว
col-unreachable = ติดต่อไม่ได้
filter-platform = แพลตฟอร์ม
filter-language = ภาษา
filter-category = หมวดหมู่
filter-min-followers = ผู้ติดตามตั้งแต่
filter-max-followers = ผู้ติดตามไม่เกิน
filter-min-engagement = เอนเกจเมนต์ตั้งแต่ (%)
filter-exclude-risky = ซ่อนครีเอเตอร์ที่มีความเสี่ยง
filter-pool-status = สถานะในรายชื่อ
filter-text = ชื่อหรือบัญชี
role-admin = ผู้ดูแลระบบ
role-manager = ผู้จัดการ
role-reviewer = ผู้ตรวจ
role-finance = การเงิน
role-viewer = ดูอย่างเดียว
campaign-draft = กำลังเตรียม
campaign-active = กำลังดำเนินการ
campaign-closed = ปิดแล้ว
payment-deposit = มัดจำ
payment-balance = ส่วนที่เหลือ
payment-commission = ค่าคอมมิชชัน
payment-bonus = โบนัส
payment-scheduled = ตั้งเวลาแล้ว
payment-due = ถึงกำหนด
payment-paid = จ่ายแล้ว
payment-cancelled = ยกเลิก
action-quit = ออก
action-help = แสดงปุ่มลัด
action-palette = แผงคำสั่ง
action-search = ค้นหา
action-next-view = หน้าถัดไป
action-prev-view = หน้าก่อนหน้า
action-up = ขึ้น
action-down = ลง
action-left = ซ้าย
action-right = ขวา
action-page-up = หน้าก่อน
action-page-down = หน้าต่อไป
action-open = เปิด
action-back = กลับ
action-approve = อนุมัติดราฟต์
action-request-changes = ขอแก้ไข
action-mark-paid = ทำเครื่องหมายว่าจ่ายแล้ว
action-select = เลือกหรือยกเลิก
action-make-offer = ส่งข้อเสนอให้คนที่เลือก
action-campaign = แคมเปญถัดไป
action-filters = กรอง
action-new-campaign = สร้างแคมเปญ
action-edit-campaign = แก้ไขแคมเปญนี้
action-refresh = รีเฟรช
action-go = ไปที่หน้า
count-drafts-waiting = ดราฟต์รอตรวจ { $count } ชิ้น
count-reviews-overdue = การตรวจเลยกำหนด { $count } รายการ
count-counters = ข้อเสนอต่อรอง { $count } รายการ
count-payments-overdue = การจ่ายเงินเลยกำหนด { $count } รายการ
count-selected = เลือกแล้ว { $count } คน
count-offers-sent = ส่งข้อเสนอแล้ว { $count } รายการ
count-offers-refused = ส่งไม่ได้ { $count } รายการ:

## กำหนดเวลา: การแจ้งเตือนเพิ่มเติม การแจ้งทีม งานที่ตั้งเวลาไว้ และคำสั่ง reminders

time-now = ตอนนี้
reminder-revision-due = แจ้งเตือน: ดราฟต์ฉบับแก้ไขของคุณสำหรับแคมเปญ { $campaign } ครบกำหนดส่ง { $due } ({ $left })
reminder-publish-opens = ข่าวดี: ช่วงเวลาโพสต์ของแคมเปญ { $campaign } จะเปิด { $due } ({ $left }) ตั้งแต่นั้นคุณโพสต์ผลงานที่อนุมัติแล้วได้เลย
notice-payment-due = การจ่ายเงินสำหรับดีล #{ $deal } ({ $creator }): { $amount } ครบกำหนด { $due } ({ $left })
notice-draft-overdue = ดีล #{ $deal }: { $creator } ยังไม่ส่งดราฟต์ที่ครบกำหนด { $due } ({ $left })
notice-post-overdue = ดีล #{ $deal }: { $creator } ยังไม่ได้โพสต์ผลงาน ช่วงเวลาโพสต์ปิดไปเมื่อ { $due } ({ $left })
notice-review-overdue = ร่างของ { $creator } สำหรับดีล #{ $deal } รอเกินเวลาตรวจ { $hours } ชั่วโมงแล้ว กรุณาตรวจด้วย
deadline-respond_by = ตอบรับข้อเสนอ
deadline-draft_due = กำหนดส่งดราฟต์
deadline-revision_due = กำหนดส่งดราฟต์ฉบับแก้ไข
deadline-publish_opens = เปิดช่วงเวลาโพสต์
deadline-publish_by = โพสต์ภายใน
deadline-payment_due = กำหนดจ่ายเงิน
scheduled-remind = แจ้งเตือน: { $deadline }
scheduled-remind-payment = แจ้งเตือนทีมเรื่องการจ่ายเงิน
scheduled-expire = ข้อเสนอหมดอายุ
scheduled-auto-approve = อนุมัติอัตโนมัติ
scheduled-review-overdue = แจ้งทีม: การตรวจเลยกำหนด
scheduled-overdue = ทำเครื่องหมายเลยกำหนด: { $deadline }
cli-reminders-planned = ตรวจดีลที่ยังไม่มีการแจ้งเตือน { $deals } รายการ ตั้งการแจ้งเตือนแล้ว { $rows } รายการ
cli-reminders-listed = การแจ้งเตือนที่รอส่ง { $count } รายการ
cli-reminders-deal = ดีล { $deal }
dash-reminders = การแจ้งเตือน
dash-event-overdue = พลาดกำหนดเวลา
dash-event-reminder = ส่งการแจ้งเตือนแล้ว
count-deals-overdue = ดีลเลยกำหนด { $count } รายการ
