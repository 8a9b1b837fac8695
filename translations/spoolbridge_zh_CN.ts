<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ColorNames</name>
    <message>
        <source>Jade White</source>
        <translation>玉白</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>黑色</translation>
    </message>
    <message>
        <source>Gray</source>
        <translation>灰色</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>银色</translation>
    </message>
    <message>
        <source>Light Gray</source>
        <translation>浅灰</translation>
    </message>
    <message>
        <source>Dark Gray</source>
        <translation>深灰</translation>
    </message>
    <message>
        <source>Blue Gray</source>
        <translation>蓝灰</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>Maroon Red</source>
        <translation>栗红</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Pumpkin Orange</source>
        <translation>南瓜橙</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Sunflower Yellow</source>
        <translation>向日葵黄</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>金色</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>古铜色</translation>
    </message>
    <message>
        <source>Bambu Green</source>
        <translation>Bambu 绿</translation>
    </message>
    <message>
        <source>Mistletoe Green</source>
        <translation>槲寄生绿</translation>
    </message>
    <message>
        <source>Turquoise</source>
        <translation>绿松石色</translation>
    </message>
    <message>
        <source>Cyan</source>
        <translation>青色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Cobalt Blue</source>
        <translation>钴蓝</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <source>Indigo Purple</source>
        <translation>靛紫</translation>
    </message>
    <message>
        <source>Magenta</source>
        <translation>品红</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <source>Hot Pink</source>
        <translation>亮粉</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>棕色</translation>
    </message>
    <message>
        <source>Beige</source>
        <translation>米色</translation>
    </message>
    <message>
        <source>Ivory White</source>
        <translation>象牙白</translation>
    </message>
    <message>
        <source>Charcoal</source>
        <translation>炭灰</translation>
    </message>
    <message>
        <source>Ash Gray</source>
        <translation>烟灰</translation>
    </message>
    <message>
        <source>Nardo Gray</source>
        <translation>纳多灰</translation>
    </message>
    <message>
        <source>Bone White</source>
        <translation>骨白</translation>
    </message>
    <message>
        <source>Latte Brown</source>
        <translation>拿铁棕</translation>
    </message>
    <message>
        <source>Desert Tan</source>
        <translation>沙漠棕</translation>
    </message>
    <message>
        <source>Lemon Yellow</source>
        <translation>柠檬黄</translation>
    </message>
    <message>
        <source>Mandarin Orange</source>
        <translation>橘橙</translation>
    </message>
    <message>
        <source>Sakura Pink</source>
        <translation>樱花粉</translation>
    </message>
    <message>
        <source>Lilac Purple</source>
        <translation>丁香紫</translation>
    </message>
    <message>
        <source>Scarlet Red</source>
        <translation>猩红</translation>
    </message>
    <message>
        <source>Dark Red</source>
        <translation>深红</translation>
    </message>
    <message>
        <source>Apple Green</source>
        <translation>苹果绿</translation>
    </message>
    <message>
        <source>Grass Green</source>
        <translation>草绿</translation>
    </message>
    <message>
        <source>Dark Green</source>
        <translation>深绿</translation>
    </message>
    <message>
        <source>Ice Blue</source>
        <translation>冰蓝</translation>
    </message>
    <message>
        <source>Sky Blue</source>
        <translation>天蓝</translation>
    </message>
    <message>
        <source>Marine Blue</source>
        <translation>海洋蓝</translation>
    </message>
    <message>
        <source>Dark Blue</source>
        <translation>深蓝</translation>
    </message>
    <message>
        <source>Dark Brown</source>
        <translation>深棕</translation>
    </message>
    <message>
        <source>Dark Chocolate</source>
        <translation>黑巧克力</translation>
    </message>
    <message>
        <source>Caramel</source>
        <translation>焦糖色</translation>
    </message>
    <message>
        <source>Terracotta</source>
        <translation>赤陶色</translation>
    </message>
    <message>
        <source>Plum</source>
        <translation>梅紫</translation>
    </message>
    <message>
        <source>White</source>
        <translation>白色</translation>
    </message>
    <message>
        <source>Tan</source>
        <translation>棕褐</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Lime</source>
        <translation>青柠绿</translation>
    </message>
    <message>
        <source>Olive</source>
        <translation>橄榄绿</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>蓝绿</translation>
    </message>
    <message>
        <source>Light Blue</source>
        <translation>浅蓝</translation>
    </message>
    <message>
        <source>Navy</source>
        <translation>藏青</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>紫罗兰</translation>
    </message>
    <message>
        <source>Lavender</source>
        <translation>薰衣草紫</translation>
    </message>
    <message>
        <source>Translucent %1</source>
        <translation>半透明%1</translation>
    </message>
</context>
<context>
    <name>FtpsTransfer</name>
    <message>
        <source>The file transfer was cancelled.</source>
        <translation>文件传输已取消。</translation>
    </message>
    <message>
        <source>The file transfer library could not be started.</source>
        <translation>无法启动文件传输库。</translation>
    </message>
    <message>
        <source>The printer&apos;s serial number is needed to check its certificate; add it to the printer settings.</source>
        <translation>需要打印机的序列号才能检查其证书；请在打印机设置中添加。</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; needed to check the printer is missing. Reinstall Spoolbridge or choose the file in the printer settings.</source>
        <translation>缺少检查打印机所需的 CA 证书文件“%1”。请重新安装 Spoolbridge，或在打印机设置中选择该文件。</translation>
    </message>
    <message>
        <source>No key is pinned for this printer yet. Connect once and confirm its certificate.</source>
        <translation>尚未为此打印机固定密钥。请先连接一次并确认其证书。</translation>
    </message>
    <message>
        <source>The print file for &quot;%1&quot; is not on the printer&apos;s storage (looked for %2). Usage falls back to the AMS remaining percentage.</source>
        <translation>打印机存储中没有“%1”的打印文件（已查找 %2）。用量将改用 AMS 剩余百分比计算。</translation>
    </message>
    <message>
        <source>The printer rejected the access code for file transfer. Check the LAN access code on the printer&apos;s screen and enter it again.</source>
        <translation>打印机拒绝了用于文件传输的访问码。请查看打印机屏幕上的局域网访问码并重新输入。</translation>
    </message>
    <message>
        <source>The printer at %1 presented a certificate that is not from Bambu Lab&apos;s CA or not issued to serial %2. Check the serial number; if it is right, pin this printer&apos;s certificate.</source>
        <translation>%1 处的打印机提供的证书不是由 Bambu Lab 的 CA 签发，或不是为序列号 %2 签发的。请检查序列号；如果正确，请固定此打印机的证书。</translation>
    </message>
    <message>
        <source>The printer at %1 presented a certificate that is not signed by the configured CA (%2). Pin this printer&apos;s certificate if you trust it.</source>
        <translation>%1 处的打印机提供的证书不是由所配置的 CA（%2）签名的。如果您信任此打印机，请固定其证书。</translation>
    </message>
    <message>
        <source>The printer at %1 presented another key than the one pinned for it. If the printer was replaced or reset, pin its certificate again.</source>
        <translation>%1 处的打印机提供的密钥与为其固定的密钥不同。如果打印机已更换或重置，请重新固定其证书。</translation>
    </message>
    <message>
        <source>The secure connection to the printer&apos;s file service at %1 failed (%2). Check the CA file and the printer model setting.</source>
        <translation>与 %1 处打印机文件服务的安全连接失败（%2）。请检查 CA 文件和打印机型号设置。</translation>
    </message>
    <message>
        <source>The printer at %1 stopped answering during the file transfer. Check its network; on an A1 or A1 mini set the printer model so the data channel stays plain.</source>
        <translation>%1 处的打印机在文件传输期间停止响应。请检查其网络；对于 A1 或 A1 mini，请设置打印机型号，使数据通道保持不加密。</translation>
    </message>
    <message>
        <source>The printer&apos;s file service at %1 cannot be reached. Check that the printer is on and in LAN mode.</source>
        <translation>无法访问 %1 处打印机的文件服务。请检查打印机是否已开机并处于局域网模式。</translation>
    </message>
    <message>
        <source>The file transfer from the printer at %1 failed: %2 (FTP reply %3).</source>
        <translation>从 %1 处打印机传输文件失败：%2（FTP 响应 %3）。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>AMS %1</source>
        <translation>AMS %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>%1 g</source>
        <translation>%1 g</translation>
    </message>
</context>
<context>
    <name>LedgerStore</name>
    <message>
        <source>The usage ledger %1 cannot be opened (%2). Check that the folder is writable.</source>
        <translation>无法打开用量记录 %1（%2）。请检查该文件夹是否可写。</translation>
    </message>
    <message>
        <source>The usage ledger %1 cannot use a write-ahead log. Keep it on a local disk.</source>
        <translation>用量记录 %1 无法使用预写日志（WAL）。请将其保存在本地磁盘上。</translation>
    </message>
    <message>
        <source>The usage ledger %1 is damaged or from a newer version: %2</source>
        <translation>用量记录 %1 已损坏或来自更新的版本：%2</translation>
    </message>
    <message>
        <source>No spool is known for slot %1; pick the spool to charge.</source>
        <translation>槽位 %1 没有已知的料盘；请选择要扣减用量的料盘。</translation>
    </message>
    <message>
        <source>Cancelled before it reached Spoolman.</source>
        <translation>在送达 Spoolman 之前已取消。</translation>
    </message>
    <message>
        <source>undo of entry %1</source>
        <translation>撤销条目 %1</translation>
    </message>
</context>
<context>
    <name>LinkStore</name>
    <message>
        <source>Could not read the slot links in %1 (%2): check the file&apos;s permissions.</source>
        <translation>无法读取 %1 中的槽位关联（%2）：请检查该文件的权限。</translation>
    </message>
    <message>
        <source>The slot links file %1 is damaged (%2): move it away and link the slots again.</source>
        <translation>槽位关联文件 %1 已损坏（%2）：请将其移走，然后重新关联槽位。</translation>
    </message>
    <message>
        <source>Could not save the slot links to %1 (%2): check the disk and the folder&apos;s permissions.</source>
        <translation>无法将槽位关联保存到 %1（%2）：请检查磁盘和文件夹权限。</translation>
    </message>
</context>
<context>
    <name>LocationTemplate</name>
    <message>
        <source>External L</source>
        <translation>外置左</translation>
    </message>
    <message>
        <source>External</source>
        <translation>外置</translation>
    </message>
    <message>
        <source>External R</source>
        <translation>外置右</translation>
    </message>
    <message>
        <source>AMS Lite</source>
        <translation>AMS Lite</translation>
    </message>
    <message>
        <source>AMS 2 Pro</source>
        <translation>AMS 2 Pro</translation>
    </message>
    <message>
        <source>AMS HT</source>
        <translation>AMS HT</translation>
    </message>
    <message>
        <source>AMS</source>
        <translation>AMS</translation>
    </message>
    <message>
        <source>The location template is empty: use for example &quot;{printer} - AMS {unit} Slot {slot}&quot;.</source>
        <translation>位置模板为空：可使用例如“{printer} - AMS {unit} Slot {slot}”。</translation>
    </message>
    <message>
        <source>Unknown placeholder %1: use {printer}, {serial}, {unit}, {slot} or {unit_type}.</source>
        <translation>未知占位符 %1：请使用 {printer}、{serial}、{unit}、{slot} 或 {unit_type}。</translation>
    </message>
    <message>
        <source>A brace is not closed: write placeholders as {name}.</source>
        <translation>有未闭合的花括号：请按 {name} 的形式书写占位符。</translation>
    </message>
    <message>
        <source>Add {unit} and {slot}, otherwise several slots get the same location and a removed spool cannot be told apart.</source>
        <translation>请添加 {unit} 和 {slot}，否则多个槽位会得到相同的位置，取下的料盘也无法区分。</translation>
    </message>
    <message>
        <source>The location is longer than Spoolman allows (%1 characters): shorten the template.</source>
        <translation>位置超过 Spoolman 允许的长度（%1 个字符）：请缩短模板。</translation>
    </message>
</context>
<context>
    <name>SliceInfoReader</name>
    <message>
        <source>%1 is not a 3MF project (it is not a zip archive). Re-export the plate from the slicer or check the file on the printer.</source>
        <translation>%1 不是 3MF 项目（不是 zip 压缩包）。请从切片软件重新导出该盘，或检查打印机上的文件。</translation>
    </message>
    <message>
        <source>%1 has no %2, so it carries no per-filament estimate. Slice it with Bambu Studio or Orca Slicer and send it again.</source>
        <translation>%1 不含 %2，因此没有按耗材的用量估算。请用 Bambu Studio 或 Orca Slicer 切片后重新发送。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be unpacked (zip error %3). Re-export the plate.</source>
        <translation>%1 已损坏：无法解压 %2（zip 错误 %3）。请重新导出该盘。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be read completely. Re-export the plate.</source>
        <translation>%1 已损坏：无法完整读取 %2。请重新导出该盘。</translation>
    </message>
    <message>
        <source>The 3MF file %1 does not exist.</source>
        <translation>3MF 文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The downloaded file</source>
        <translation>下载的文件</translation>
    </message>
    <message>
        <source>The 3MF&apos;s slice information is not valid XML (line %1: %2). Re-slice and send the plate again.</source>
        <translation>3MF 的切片信息不是有效的 XML（第 %1 行：%2）。请重新切片并再次发送该盘。</translation>
    </message>
    <message>
        <source>The 3MF&apos;s slice information has an unexpected layout (no &lt;config&gt; element). Re-slice and send the plate again.</source>
        <translation>3MF 的切片信息结构异常（没有 &lt;config&gt; 元素）。请重新切片并再次发送该盘。</translation>
    </message>
    <message>
        <source>The 3MF holds no sliced plate, so it carries no filament estimate. Slice the plate and send it again.</source>
        <translation>3MF 中没有已切片的盘，因此没有耗材用量估算。请对该盘切片后重新发送。</translation>
    </message>
    <message>
        <source>The 3MF has %1 plates and the job does not say which one was printed, so its usage cannot be taken from the file.</source>
        <translation>3MF 中有 %1 个盘，但任务未说明打印的是哪一个，因此无法从文件中获取用量。</translation>
    </message>
    <message>
        <source>The printed plate %1 is not in the 3MF (it has plates %2). The file on the printer may belong to another job.</source>
        <translation>3MF 中没有已打印的盘 %1（其中包含盘 %2）。打印机上的文件可能属于其他任务。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::AppCore</name>
    <message>
        <source>Demo X1 Carbon</source>
        <translation>演示 X1 Carbon</translation>
    </message>
    <message>
        <source>Spoolman is not set up yet: add its address in the settings.</source>
        <translation>尚未设置 Spoolman：请在设置中添加其地址。</translation>
    </message>
    <message>
        <source>No access code is stored for %1: enter it in Settings → Printers.</source>
        <translation>未保存 %1 的访问码：请在“设置 → 打印机”中输入。</translation>
    </message>
    <message>
        <source>That printer is no longer configured.</source>
        <translation>该打印机已不再配置。</translation>
    </message>
    <message>
        <source>The demo printer needs no certificate.</source>
        <translation>演示打印机不需要证书。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Autostart</name>
    <message>
        <source>Could not write the autostart entry %1 (%2); check that the folder is writable.</source>
        <translation>无法写入自动启动项 %1（%2）；请检查该文件夹是否可写。</translation>
    </message>
    <message>
        <source>Could not remove the autostart entry %1 (%2); remove it by hand.</source>
        <translation>无法删除自动启动项 %1（%2）；请手动删除。</translation>
    </message>
    <message>
        <source>Could not change the Windows start-up entry; check your account&apos;s permissions.</source>
        <translation>无法更改 Windows 启动项；请检查您账户的权限。</translation>
    </message>
    <message>
        <source>Keeps Bambu Lab AMS slots and a Spoolman inventory in sync</source>
        <translation>让拓竹（Bambu Lab）打印机的 AMS 槽位与 Spoolman 库存保持同步</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::BambuCloudClient</name>
    <message>
        <source>No Bambu cloud token is stored. Sign in to the Bambu cloud first.</source>
        <translation>未保存 Bambu 云令牌。请先登录 Bambu 云。</translation>
    </message>
    <message>
        <source>The Bambu cloud rejected the sign-in (HTTP %1): the token has expired or was revoked. Sign in to the Bambu cloud again.</source>
        <translation>Bambu 云拒绝了登录（HTTP %1）：令牌已过期或已被撤销。请重新登录 Bambu 云。</translation>
    </message>
    <message>
        <source>The Bambu cloud did not answer within %1 s. Check the internet connection and try again.</source>
        <translation>Bambu 云在 %1 秒内没有响应。请检查互联网连接后重试。</translation>
    </message>
    <message>
        <source>The Bambu cloud answered with a web page instead of data (HTTP %1). The service may be down or a proxy/captive portal is in the way; try again later.</source>
        <translation>Bambu 云返回了网页而不是数据（HTTP %1）。服务可能已停止，或有代理/强制门户阻挡；请稍后重试。</translation>
    </message>
    <message>
        <source>Cannot reach the Bambu cloud at %1 (%2). Check the internet connection.</source>
        <translation>无法访问位于 %1 的 Bambu 云（%2）。请检查互联网连接。</translation>
    </message>
    <message>
        <source>The Bambu cloud reported an error (HTTP %1). Try again later.</source>
        <translation>Bambu 云报告了错误（HTTP %1）。请稍后重试。</translation>
    </message>
    <message>
        <source>The Bambu cloud sent an unexpected answer (no device list). Try again later or update Spoolbridge.</source>
        <translation>Bambu 云返回了意外的响应（没有设备列表）。请稍后重试或更新 Spoolbridge。</translation>
    </message>
    <message>
        <source>The Bambu cloud refused the request: %1.</source>
        <translation>Bambu 云拒绝了请求：%1。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Cli::Inspect</name>
    <message>
        <source>Usage: spoolbridge-cli inspect [--serial SERIAL] FILE...

Merges recorded printer MQTT payloads in order and prints the derived state as JSON
(units, slots, external spools, job, and the job events seen while replaying).

Each FILE holds one JSON payload ({&quot;print&quot;:…} or {&quot;info&quot;:…}), or one message per line
(JSONL): a payload or {&quot;ts&quot;:&quot;YYYY-MM-DD HH:MM:SS&quot;,&quot;payload&quot;:{…}}.

Options:
  --serial SERIAL  The printer&apos;s serial number (identifies the model when get_version is missing)
  -h, --help       Show this help
</source>
        <translation>用法：spoolbridge-cli inspect [--serial SERIAL] 文件...

按顺序合并录制的打印机 MQTT 消息，并以 JSON 格式输出推导出的状态
（单元、槽位、外置料盘、任务，以及回放期间出现的任务事件）。

每个文件包含一条 JSON 消息（{&quot;print&quot;:…} 或 {&quot;info&quot;:…}），或每行一条消息
（JSONL）：一条消息或 {&quot;ts&quot;:&quot;YYYY-MM-DD HH:MM:SS&quot;,&quot;payload&quot;:{…}}。

选项：
  --serial SERIAL  打印机的序列号（缺少 get_version 时用于识别型号）
  -h, --help       显示此帮助
</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2). Check the path and permissions.</source>
        <translation>%1：无法读取文件（%2）。请检查路径和权限。</translation>
    </message>
    <message>
        <source>%1: the file is empty; expected a JSON payload or one message per line.</source>
        <translation>%1：文件为空；应为一条 JSON 消息或每行一条消息。</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2 at byte %3).</source>
        <translation>%1：不是有效的 JSON（%2，位于第 %3 字节）。</translation>
    </message>
    <message>
        <source>%1, line %2: not valid JSON (%3 at byte %4).</source>
        <translation>%1，第 %2 行：不是有效的 JSON（%3，位于第 %4 字节）。</translation>
    </message>
    <message>
        <source>spoolbridge-cli inspect: no printer report in the input; nothing to show.
</source>
        <translation>spoolbridge-cli inspect：输入中没有打印机报告；没有可显示的内容。
</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>%1: the message is not a JSON object; expected {&quot;print&quot;:…}, {&quot;info&quot;:…} or {&quot;ts&quot;:…,&quot;payload&quot;:…}.</source>
        <translation>%1：消息不是 JSON 对象；应为 {&quot;print&quot;:…}、{&quot;info&quot;:…} 或 {&quot;ts&quot;:…,&quot;payload&quot;:…}。</translation>
    </message>
    <message>
        <source>%1: &quot;payload&quot; is not a JSON object.</source>
        <translation>%1：“payload”不是 JSON 对象。</translation>
    </message>
    <message>
        <source>spoolbridge-cli inspect: --serial needs a value, e.g. --serial 00M09A123456789.
</source>
        <translation>spoolbridge-cli inspect：--serial 需要一个值，例如 --serial 00M09A123456789。
</translation>
    </message>
    <message>
        <source>spoolbridge-cli inspect: unknown option &quot;%1&quot;. Run spoolbridge-cli inspect --help.
</source>
        <translation>spoolbridge-cli inspect：未知选项“%1”。请运行 spoolbridge-cli inspect --help。
</translation>
    </message>
    <message>
        <source>spoolbridge-cli inspect: name at least one payload file. Run spoolbridge-cli inspect --help.
</source>
        <translation>spoolbridge-cli inspect：请至少指定一个消息文件。请运行 spoolbridge-cli inspect --help。
</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Cli::SecretsCommand</name>
    <message>
        <source>No printer is called &quot;%1&quot; (by name, serial or id); add the printer first.</source>
        <translation>没有名为“%1”的打印机（按名称、序列号或 ID 查找）；请先添加该打印机。</translation>
    </message>
    <message>
        <source>The secret store &quot;%1&quot; works.</source>
        <translation>机密存储“%1”工作正常。</translation>
    </message>
    <message>
        <source>Could not read standard input.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <source>No value on standard input; pipe it in, e.g. read -rs CODE; printf %s &quot;$CODE&quot; | spoolbridge-cli secrets set KEY</source>
        <translation>标准输入中没有值；请通过管道传入，例如 read -rs CODE; printf %s &quot;$CODE&quot; | spoolbridge-cli secrets set KEY</translation>
    </message>
    <message>
        <source>Unknown secret store &quot;%1&quot;; use keychain, file or env.</source>
        <translation>未知的机密存储“%1”；请使用 keychain、file 或 env。</translation>
    </message>
    <message>
        <source>Secrets are already kept in &quot;%1&quot;; change secrets/backend first, then copy from the old store.</source>
        <translation>机密信息已保存在“%1”中；请先更改 secrets/backend，再从旧的存储复制。</translation>
    </message>
    <message>
        <source>copied %1</source>
        <translation>已复制 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) copied.</source>
        <translation>
            <numerusform>已复制 %n 项机密信息。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Cli::SettingsCommand</name>
    <message>
        <source>settings %1: wrong number of arguments; see spoolbridge-cli settings --help.</source>
        <translation>settings %1：参数数量错误；请参阅 spoolbridge-cli settings --help。</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;; spoolbridge-cli settings list shows them all.</source>
        <translation>未知设置“%1”；spoolbridge-cli settings list 会列出所有设置。</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;; see spoolbridge-cli settings --help.</source>
        <translation>未知操作“%1”；请参阅 spoolbridge-cli settings --help。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Cli::Spoolman</name>
    <message>
        <source>--timeout wants a number of seconds between 0 and 3600, not &quot;%1&quot;.</source>
        <translation>--timeout 需要 0 到 3600 之间的秒数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--header wants NAME:VALUE, e.g. X-Api-Key:abc123.</source>
        <translation>--header 需要 名称:值 格式，例如 X-Api-Key:abc123。</translation>
    </message>
    <message>
        <source>--password-file needs --user as well.</source>
        <translation>--password-file 还需要同时指定 --user。</translation>
    </message>
    <message>
        <source>Cannot read the password file %1 (%2).</source>
        <translation>无法读取密码文件 %1（%2）。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>--url is required.</source>
        <translation>必须指定 --url。</translation>
    </message>
    <message>
        <source>unknown sub-command &quot;%1&quot;.</source>
        <translation>未知子命令“%1”。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Cli::UsageCommand</name>
    <message>
        <source>The usage ledger is empty.</source>
        <translation>用量记录为空。</translation>
    </message>
    <message>
        <source>Usage: spoolbridge-cli usage &lt;action&gt; [options]

The usage ledger: the grams charged per print and spool, and whether Spoolman has them yet.
Changes stay local until the app or the daemon next reaches Spoolman.

Actions:
  list [--state S] [--table]  The entries, newest first, as JSON (--table: as a table);
                              S = pending, delivered, undone, attention or discarded
  undo &lt;id&gt;                   Give an entry&apos;s grams back: cancels an entry Spoolman never
                              saw, or records a compensating negative entry
  resolve &lt;id&gt; applied|again  An entry in doubt: it was already applied, or apply it again
  discard &lt;id&gt;                Do not charge an entry that needs attention
  plates &lt;file.3mf&gt;           The plates and filament estimates of a 3MF as JSON

Options:
  --ledger-dir &lt;dir&gt;          Ledger directory (default: the app data directory)
  -h, --help                  Show this help
</source>
        <translation>用法：spoolbridge-cli usage &lt;操作&gt; [选项]

用量记录：每次打印、每个料盘扣除的克数，以及 Spoolman 是否已收到。
更改只保存在本地，直到应用或守护进程下次连接到 Spoolman。

操作：
  list [--state S] [--table]  以 JSON 列出条目，最新的在前（--table：以表格显示）；
                              S = pending、delivered、undone、attention 或 discarded
  undo &lt;id&gt;                   退回某条目的克数：取消 Spoolman 从未收到的条目，
                              或记录一条抵消用的负数条目
  resolve &lt;id&gt; applied|again  处理存疑的条目：已经扣除过，或重新扣除
  discard &lt;id&gt;                不扣除需要处理的条目
  plates &lt;文件.3mf&gt;           以 JSON 显示 3MF 的各个盘及其耗材估算

选项：
  --ledger-dir &lt;目录&gt;         记录所在目录（默认：应用的数据目录）
  -h, --help                  显示此帮助
</translation>
    </message>
    <message>
        <source>Entry %1 was cancelled before it reached Spoolman.</source>
        <translation>条目 %1 在到达 Spoolman 之前已被取消。</translation>
    </message>
    <message>
        <source>Entry %1 will be given back by entry %2 the next time Spoolbridge reaches Spoolman.</source>
        <translation>Spoolbridge 下次连接到 Spoolman 时，条目 %2 将退回条目 %1 的用量。</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; use list, undo, resolve, discard or plates.</source>
        <translation>未知操作“%1”；请使用 list、undo、resolve、discard 或 plates。</translation>
    </message>
    <message>
        <source>choose either --table or --json.</source>
        <translation>请在 --table 和 --json 中只选一个。</translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot;; use one of %2.</source>
        <translation>未知状态“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>plates: give one 3MF file.</source>
        <translation>plates：请指定一个 3MF 文件。</translation>
    </message>
    <message>
        <source>list takes no arguments; filter with --state.</source>
        <translation>list 不接受参数；请用 --state 筛选。</translation>
    </message>
    <message>
        <source>%1 needs one entry id (see spoolbridge-cli usage list).</source>
        <translation>%1 需要一个条目编号（参见 spoolbridge-cli usage list）。</translation>
    </message>
    <message>
        <source>resolve: say &quot;applied&quot; or &quot;again&quot; after the entry id.</source>
        <translation>resolve：请在条目编号后写明“applied”或“again”。</translation>
    </message>
    <message>
        <source>spoolbridge-cli: &quot;ledger&quot; is now &quot;usage&quot; (spoolbridge-cli usage --help); the old name will be removed in a later release.</source>
        <translation>spoolbridge-cli：“ledger”现已改名为“usage”（spoolbridge-cli usage --help）；旧名称将在以后的版本中移除。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::ConnectionTestResult</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Spoolman:      %1
</source>
        <translation>Spoolman：  %1
</translation>
    </message>
    <message>
        <source>Reachable:     %1
</source>
        <translation>可访问：    %1
</translation>
    </message>
    <message>
        <source>Version:       %1%2
</source>
        <translation>版本：      %1%2
</translation>
    </message>
    <message>
        <source> (not recognised)</source>
        <translation> (无法识别)</translation>
    </message>
    <message>
        <source>Round trip:    %1 ms
</source>
        <translation>往返时间：  %1 ms
</translation>
    </message>
    <message>
        <source>Tag lookup:    %1
</source>
        <translation>标签查找：  %1
</translation>
    </message>
    <message>
        <source>on the server (extra.tag filter)</source>
        <translation>在服务器上（extra.tag 过滤）</translation>
    </message>
    <message>
        <source>by scanning all spools</source>
        <translation>遍历所有料盘</translation>
    </message>
    <message>
        <source> (registered)</source>
        <translation> (已注册)</translation>
    </message>
    <message>
        <source> (missing)</source>
        <translation> (缺失)</translation>
    </message>
    <message>
        <source> (wrong type)</source>
        <translation> (类型错误)</translation>
    </message>
    <message>
        <source>Extra fields:  %1
</source>
        <translation>附加字段：  %1
</translation>
    </message>
    <message>
        <source>Usable:        %1
</source>
        <translation>可用：      %1
</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::ConnectionTester</name>
    <message>
        <source>Spoolman %1 is reachable, but the extra field %2 exists with another type — rename or delete it in Spoolman&apos;s settings (Extra Fields), then test again.</source>
        <translation>Spoolman %1 可以访问，但附加字段 %2 已以其他类型存在——请在 Spoolman 的设置（Extra Fields）中将其重命名或删除，然后重新测试。</translation>
    </message>
    <message>
        <source>Spoolman %1 answered in %2 ms.</source>
        <translation>Spoolman %1 在 %2 ms 内响应。</translation>
    </message>
    <message>
        <source>Spools are looked up by tag on the server.</source>
        <translation>料盘通过标签在服务器上查找。</translation>
    </message>
    <message>
        <source>This version is older than 0.25, so Spoolbridge finds spools by reading the whole list — update Spoolman for faster lookups.</source>
        <translation>此版本低于 0.25，因此 Spoolbridge 需读取整个列表来查找料盘——请更新 Spoolman 以加快查找。</translation>
    </message>
    <message>
        <source>Spoolbridge does not recognise this version, so it finds spools by reading the whole list.</source>
        <translation>Spoolbridge 无法识别此版本，因此需读取整个列表来查找料盘。</translation>
    </message>
    <message>
        <source>The extra field %1 is missing; Spoolbridge registers it on the first sync.</source>
        <translation>缺少附加字段 %1；Spoolbridge 会在首次同步时注册它。</translation>
    </message>
    <message>
        <source>The extra fields Spoolbridge needs are registered.</source>
        <translation>Spoolbridge 所需的附加字段均已注册。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::DemoEnvironment</name>
    <message>
        <source>The demo could not create its temporary directory: %1.</source>
        <translation>演示无法创建临时目录：%1。</translation>
    </message>
    <message>
        <source>The demo Spoolman could not start: %1.</source>
        <translation>演示 Spoolman 无法启动：%1。</translation>
    </message>
    <message>
        <source>The demo Spoolman could not be filled: %1</source>
        <translation>无法填充演示 Spoolman：%1</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>货架</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::EnvSecretBackend</name>
    <message>
        <source>Secrets come from environment variables, so Spoolbridge cannot store this one: set %1 in the environment that starts Spoolbridge (for the systemd service, in its EnvironmentFile).</source>
        <translation>机密信息来自环境变量，因此 Spoolbridge 无法保存此项：请在启动 Spoolbridge 的环境中设置 %1（对于 systemd 服务，请写入其 EnvironmentFile）。</translation>
    </message>
    <message>
        <source>Secrets come from environment variables: remove %1 from the environment that starts Spoolbridge.</source>
        <translation>机密信息来自环境变量：请从启动 Spoolbridge 的环境中移除 %1。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::EnvironmentHistory</name>
    <message>
        <source>The climate history at %1 cannot be opened (%2) — check that the folder exists and is writable.</source>
        <translation>无法打开位于 %1 的温湿度历史（%2）——请检查文件夹是否存在且可写。</translation>
    </message>
    <message>
        <source>The climate history could not be written (%1).</source>
        <translation>无法写入温湿度历史（%1）。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::FileSecretBackend</name>
    <message>
        <source>The secrets file %1 belongs to another user; Spoolbridge only uses a secrets file that you own. Move it away and enter the secrets again.</source>
        <translation>机密文件 %1 属于其他用户；Spoolbridge 只使用归您所有的机密文件。请将其移走并重新输入机密信息。</translation>
    </message>
    <message>
        <source>The secrets file %1 can be read by other users (mode %2); Spoolbridge refuses to use it. Run &quot;chmod 600 %1&quot; and try again.</source>
        <translation>机密文件 %1 可被其他用户读取（权限 %2）；Spoolbridge 拒绝使用它。请运行“chmod 600 %1”后重试。</translation>
    </message>
    <message>
        <source>Could not read the secrets file %1 (%2).</source>
        <translation>无法读取机密文件 %1（%2）。</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged (not a JSON object); fix it or move it away and enter the secrets again.</source>
        <translation>机密文件 %1 已损坏（不是 JSON 对象）；请修复或移走它，并重新输入机密信息。</translation>
    </message>
    <message>
        <source>Could not write the secrets file %1 (%2); check that its folder is writable.</source>
        <translation>无法写入机密文件 %1（%2）；请检查其所在文件夹是否可写。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Gui::AppController</name>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode&lt;/b&gt; — a simulated X1 Carbon and a built-in Spoolman; nothing here touches your printers or your inventory.</source>
        <translation>&lt;b&gt;演示模式&lt;/b&gt;——模拟的 X1 Carbon 和内置的 Spoolman；此处的任何操作都不会影响您的打印机或库存。</translation>
    </message>
    <message>
        <source>Set up my printer</source>
        <translation>设置我的打印机</translation>
    </message>
    <message>
        <source>Spoolman cannot be reached or the spool is not known yet.</source>
        <translation>无法访问 Spoolman，或该料盘尚未知。</translation>
    </message>
    <message>
        <source>Spoolbridge — Demo</source>
        <translation>Spoolbridge — 演示</translation>
    </message>
    <message>
        <source>Spoolbridge</source>
        <translation>Spoolbridge</translation>
    </message>
    <message>
        <source>Trust this printer?</source>
        <translation>信任此打印机？</translation>
    </message>
    <message>
        <source>%1 did not present a certificate Spoolbridge can verify.

%2

Certificate fingerprint (SHA-256):
%3

Trust it only if it matches your printer (for example on a network you control). Spoolbridge will then accept exactly this certificate for this printer.</source>
        <translation>%1 提供的证书无法被 Spoolbridge 验证。

%2

证书指纹（SHA-256）：
%3

仅当它与您的打印机匹配时（例如在您可控的网络中）才信任它。之后 Spoolbridge 将只为此打印机接受这一证书。</translation>
    </message>
    <message>
        <source>Trust this printer</source>
        <translation>信任此打印机</translation>
    </message>
    <message>
        <source>AMS %1</source>
        <translation>AMS %1</translation>
    </message>
    <message>
        <source>AMS %1 Slot %2</source>
        <translation>AMS %1 槽位 %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <source>Linked.</source>
        <translation>已关联。</translation>
    </message>
    <message>
        <source>Added to Spoolman and linked.</source>
        <translation>已添加到 Spoolman 并关联。</translation>
    </message>
    <message>
        <source>Unlinked.</source>
        <translation>已取消关联。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::JsonParser</name>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation>JSON 值之后有意外的文本</translation>
    </message>
    <message>
        <source>invalid literal</source>
        <translation>无效的字面量</translation>
    </message>
    <message>
        <source>the text ends where a value was expected</source>
        <translation>文本在应有值的位置结束</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>JSON 嵌套层级过深</translation>
    </message>
    <message>
        <source>an object key (a quoted name) was expected</source>
        <translation>此处应为对象键（带引号的名称）</translation>
    </message>
    <message>
        <source>a colon was expected after an object key</source>
        <translation>对象键之后应为冒号</translation>
    </message>
    <message>
        <source>the text ends inside an object</source>
        <translation>文本在对象内部结束</translation>
    </message>
    <message>
        <source>a comma or closing brace was expected</source>
        <translation>此处应为逗号或右花括号</translation>
    </message>
    <message>
        <source>the text ends inside an array</source>
        <translation>文本在数组内部结束</translation>
    </message>
    <message>
        <source>a comma or closing bracket was expected</source>
        <translation>此处应为逗号或右方括号</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>无效的 \u 转义序列</translation>
    </message>
    <message>
        <source>the text ends inside a string</source>
        <translation>文本在字符串内部结束</translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation>字符串中有控制字符</translation>
    </message>
    <message>
        <source>an invalid escape sequence in a string</source>
        <translation>字符串中有无效的转义序列</translation>
    </message>
    <message>
        <source>an unexpected character where a value was expected</source>
        <translation>在应有值的位置出现意外字符</translation>
    </message>
    <message>
        <source>a malformed number</source>
        <translation>格式错误的数字</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::KeychainBackend</name>
    <message>
        <source>No system keychain is available: %1. Choose where Spoolbridge keeps secrets instead: a secrets file readable only by you (secrets/backend = file) or environment variables (secrets/backend = env).</source>
        <translation>没有可用的系统密钥环：%1。请选择 Spoolbridge 改用何处保存机密信息：仅您可读的机密文件（secrets/backend = file）或环境变量（secrets/backend = env）。</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1); unlock it or allow Spoolbridge, then try again.</source>
        <translation>系统密钥环拒绝访问（%1）；请解锁或允许 Spoolbridge 访问，然后重试。</translation>
    </message>
    <message>
        <source>the login keyring is locked or missing (%1); unlock it in your desktop session</source>
        <translation>登录密钥环已锁定或不存在（%1）；请在桌面会话中解锁</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1. Try again; if it persists, choose a secrets file or environment variables instead.</source>
        <translation>系统密钥环报告错误：%1。请重试；如果问题持续，请改用机密文件或环境变量。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::MqttClient</name>
    <message>
        <source>Could not create an MQTT client (out of memory?).</source>
        <translation>无法创建 MQTT 客户端（内存不足？）。</translation>
    </message>
    <message>
        <source>%1:%2 sent data that is not a TLS/MQTT handshake. Check the port number.</source>
        <translation>%1:%2 发送的数据不是 TLS/MQTT 握手。请检查端口号。</translation>
    </message>
    <message>
        <source>did not complete the TLS handshake</source>
        <translation>未完成 TLS 握手</translation>
    </message>
    <message>
        <source>did not accept the MQTT connection</source>
        <translation>未接受 MQTT 连接</translation>
    </message>
    <message>
        <source>%1:%2 %3 within %4 s. Check the address and port, and that the printer is on and in LAN mode.</source>
        <translation>%1:%2 在 %4 秒内%3。请检查地址和端口，以及打印机是否已开机并处于局域网模式。</translation>
    </message>
    <message>
        <source>%1:%2 closed the connection during the TLS handshake. Check the port and that the server speaks MQTT over TLS.</source>
        <translation>%1:%2 在 TLS 握手期间关闭了连接。请检查端口，以及服务器是否使用基于 TLS 的 MQTT。</translation>
    </message>
    <message>
        <source>%1 rejected the user name or password (access code). Check the credentials and try again.</source>
        <translation>%1 拒绝了用户名或密码（访问码）。请检查凭据后重试。</translation>
    </message>
    <message>
        <source>%1 refused the MQTT connection: %2.</source>
        <translation>%1 拒绝了 MQTT 连接：%2。</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified: %2. If you trust this device, pin its certificate (SHA-256 %3).</source>
        <translation>无法验证 %1 的证书：%2。如果您信任此设备，请固定其证书（SHA-256 %3）。</translation>
    </message>
    <message>
        <source>unknown TLS error</source>
        <translation>未知 TLS 错误</translation>
    </message>
    <message>
        <source>The TLS handshake with %1:%2 failed (%3). Check that the port speaks MQTT over TLS.</source>
        <translation>与 %1:%2 的 TLS 握手失败（%3）。请检查该端口是否使用基于 TLS 的 MQTT。</translation>
    </message>
    <message>
        <source>%1 refused the connection. Check the address and port, and that LAN mode is enabled on the printer.</source>
        <translation>%1 拒绝了连接。请检查地址和端口，以及打印机是否已启用局域网模式。</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2). Check the address and the network.</source>
        <translation>无法访问 %1（%2）。请检查地址和网络。</translation>
    </message>
    <message>
        <source>%1 did not answer. Check the address and that the printer is on.</source>
        <translation>%1 没有响应。请检查地址以及打印机是否已开机。</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>连接 %1 失败：%2。</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved. Check the address.</source>
        <translation>无法解析主机名 %1。请检查地址。</translation>
    </message>
    <message>
        <source>%1 stopped answering while connecting. Check the network.</source>
        <translation>%1 在连接过程中停止响应。请检查网络。</translation>
    </message>
    <message>
        <source>%1 closed the connection before it was established. Check the port and the TLS settings.</source>
        <translation>%1 在连接建立之前关闭了连接。请检查端口和 TLS 设置。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::PrinterConnection</name>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Offline, retrying</source>
        <translation>离线，正在重试</translation>
    </message>
    <message>
        <source>Access code rejected</source>
        <translation>访问码被拒绝</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>证书不受信任</translation>
    </message>
    <message>
        <source>Settings incomplete</source>
        <translation>设置不完整</translation>
    </message>
    <message>
        <source>The printer&apos;s serial number is missing. Enter it in the printer settings.</source>
        <translation>缺少打印机的序列号。请在打印机设置中输入。</translation>
    </message>
    <message>
        <source>The printer&apos;s IP address is missing. Enter it in the printer settings.</source>
        <translation>缺少打印机的 IP 地址。请在打印机设置中输入。</translation>
    </message>
    <message>
        <source>The printer&apos;s access code is missing. Enter the 8-character code shown on the printer&apos;s screen.</source>
        <translation>缺少打印机的访问码。请输入打印机屏幕上显示的 8 位访问码。</translation>
    </message>
    <message>
        <source>The extra CA certificate file %1 cannot be read or holds no PEM certificate. Choose another file or clear the setting.</source>
        <translation>无法读取附加的 CA 证书文件 %1，或其中没有 PEM 证书。请选择其他文件或清除此设置。</translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint &quot;%1&quot; is not a SHA-256 fingerprint (64 hex digits). Clear it and trust the certificate again.</source>
        <translation>受信任的证书指纹“%1”不是 SHA-256 指纹（64 位十六进制数字）。请清除它并重新信任该证书。</translation>
    </message>
    <message>
        <source>No Bambu cloud token is stored. Sign in to the Bambu cloud again.</source>
        <translation>未保存 Bambu 云令牌。请重新登录 Bambu 云。</translation>
    </message>
    <message>
        <source>The Bambu account id could not be read from the token. Sign in to the Bambu cloud again.</source>
        <translation>无法从令牌中读取 Bambu 账户 ID。请重新登录 Bambu 云。</translation>
    </message>
    <message>
        <source>The printer has not sent anything for %1 s. Reconnecting…</source>
        <translation>打印机已 %1 秒未发送任何数据。正在重新连接…</translation>
    </message>
    <message>
        <source>The connection to the printer was lost (%1). Reconnecting…</source>
        <translation>与打印机的连接已断开（%1）。正在重新连接…</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>The printer rejected the access code. Enter the 8-character access code shown on the printer&apos;s screen (network settings) and connect again.</source>
        <translation>打印机拒绝了访问码。请输入打印机屏幕（网络设置）上显示的 8 位访问码，然后重新连接。</translation>
    </message>
    <message>
        <source>The Bambu cloud rejected the sign-in token. Sign in to the Bambu cloud again.</source>
        <translation>Bambu 云拒绝了登录令牌。请重新登录 Bambu 云。</translation>
    </message>
    <message>
        <source>The device at %1 identifies itself as &quot;%2&quot;, not as the configured serial %3. Check the serial number and the IP address in the printer settings (another printer may have this address now). Certificate SHA-256: %4.</source>
        <translation>%1 处的设备标识为“%2”，而不是所配置的序列号 %3。请检查打印机设置中的序列号和 IP 地址（可能已有其他打印机使用此地址）。证书 SHA-256：%4。</translation>
    </message>
    <message>
        <source>The printer&apos;s certificate could not be verified: %1. If this is your printer (serial %2), trust its certificate with SHA-256 fingerprint %3 in the printer settings.</source>
        <translation>无法验证打印机的证书：%1。如果这是您的打印机（序列号 %2），请在打印机设置中信任其 SHA-256 指纹为 %3 的证书。</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s.</source>
        <translation>%1 将在 %2 秒后重试。</translation>
    </message>
    <message>
        <source>The printer sent a message that is not valid JSON (%1); it was ignored. If this repeats, update the printer firmware.</source>
        <translation>打印机发送了无效的 JSON 消息（%1）；已忽略。如果反复出现，请更新打印机固件。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::PrinterDiscovery</name>
    <message>
        <source>Cannot listen for printers on UDP port %1 (%2). Another program may hold the port; add printers by IP address instead.</source>
        <translation>无法在 UDP 端口 %1 上侦听打印机（%2）。可能有其他程序占用了该端口；请改为通过 IP 地址添加打印机。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::PrinterEntry</name>
    <message>
        <source>A printer entry has no valid id; every printer needs a UUID.</source>
        <translation>某个打印机条目没有有效的 ID；每台打印机都需要一个 UUID。</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; has the unknown mode &quot;%2&quot;; use &quot;lan&quot; or &quot;cloud&quot;.</source>
        <translation>打印机“%1”的模式“%2”未知；请使用“lan”或“cloud”。</translation>
    </message>
    <message>
        <source>Give the printer a name.</source>
        <translation>请为打印机命名。</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; needs its serial number (shown on the printer&apos;s screen).</source>
        <translation>打印机“%1”需要填写序列号（显示在打印机屏幕上）。</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; needs the IP address or host name of the printer in LAN mode.</source>
        <translation>在局域网模式下，打印机“%1”需要填写打印机的 IP 地址或主机名。</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; has the port %2; use a port between 1 and 65535 (usually 8883).</source>
        <translation>打印机“%1”的端口为 %2；请使用 1 到 65535 之间的端口（通常为 8883）。</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; has a pinned certificate fingerprint that is not a SHA-256 value; remove it and pin the certificate again.</source>
        <translation>打印机“%1”固定的证书指纹不是 SHA-256 值；请删除它并重新固定证书。</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; uses the CA file %2, which cannot be read; choose an existing PEM file.</source>
        <translation>打印机“%1”使用的 CA 文件 %2 无法读取；请选择一个存在的 PEM 文件。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::ReportMerger</name>
    <message>
        <source>The printer message is not valid JSON (%1 at byte %2); it was ignored.</source>
        <translation>打印机消息不是有效的 JSON（%1，位于第 %2 字节）；已忽略。</translation>
    </message>
    <message>
        <source>The printer message is JSON but not an object; it was ignored.</source>
        <translation>打印机消息是 JSON，但不是对象；已忽略。</translation>
    </message>
    <message>
        <source>The printer message has a &quot;print&quot; entry that is not an object; it was ignored.</source>
        <translation>打印机消息中的“print”条目不是对象；已忽略。</translation>
    </message>
    <message>
        <source>The printer message has an &quot;info&quot; entry that is not an object; it was ignored.</source>
        <translation>打印机消息中的“info”条目不是对象；已忽略。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::RequestBuilder</name>
    <message>
        <source>The CA file %1 could not be read (%2) — check the path in the Spoolman settings.</source>
        <translation>无法读取 CA 文件 %1（%2）——请检查 Spoolman 设置中的路径。</translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate — give a PEM or DER certificate file.</source>
        <translation>CA 文件 %1 中没有证书——请提供 PEM 或 DER 格式的证书文件。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Settings</name>
    <message>
        <source>Could not save the settings to %1: check that the folder exists and is writable and that the disk is not full.</source>
        <translation>无法将设置保存到 %1：请检查文件夹是否存在且可写，以及磁盘是否已满。</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged and could not be read; fix or remove it, or start with --config pointing to another file.</source>
        <translation>设置文件 %1 已损坏，无法读取；请修复或删除它，或使用 --config 指定另一个文件启动。</translation>
    </message>
    <message>
        <source>Read and write the settings in &lt;file&gt; instead of %1.</source>
        <translation>在 &lt;file&gt; 而不是 %1 中读写设置。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>There is no printer with the id %1; it may have been removed already.</source>
        <translation>不存在 ID 为 %1 的打印机；它可能已被删除。</translation>
    </message>
    <message>
        <source>Two printers share the id %1; give each printer its own entry.</source>
        <translation>两台打印机使用了相同的 ID %1；请为每台打印机设置单独的条目。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SettingsTransfer</name>
    <message>
        <source>Could not write %1 (%2); choose a folder you can write to.</source>
        <translation>无法写入 %1（%2）；请选择一个您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>This file is not a Spoolbridge settings export; choose a file saved with Export settings.</source>
        <translation>此文件不是 Spoolbridge 设置导出文件；请选择通过“导出设置”保存的文件。</translation>
    </message>
    <message>
        <source>This settings export was made by a newer Spoolbridge; update Spoolbridge before importing it.</source>
        <translation>此设置导出文件来自更新版本的 Spoolbridge；请先更新 Spoolbridge 再导入。</translation>
    </message>
    <message>
        <source>Ignored &quot;%1&quot;: secrets are never imported from a file; enter them in the settings again.</source>
        <translation>已忽略“%1”：机密信息永远不会从文件导入；请在设置中重新输入。</translation>
    </message>
    <message>
        <source>Ignored the unknown setting &quot;%1&quot;.</source>
        <translation>已忽略未知设置“%1”。</translation>
    </message>
    <message>
        <source>Ignored &quot;%1&quot; of a printer: access codes are never imported from a file; enter them in the printer settings again.</source>
        <translation>已忽略打印机的“%1”：访问码永远不会从文件导入；请在打印机设置中重新输入。</translation>
    </message>
    <message>
        <source>Could not open %1 (%2).</source>
        <translation>无法打开 %1（%2）。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); choose a file saved with Export settings.</source>
        <translation>%1 不是有效的 JSON（%2）；请选择通过“导出设置”保存的文件。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SettingsValidation</name>
    <message>
        <source>Enter the address of your Spoolman server, for example http://192.168.1.50:7912.</source>
        <translation>请输入您的 Spoolman 服务器地址，例如 http://192.168.1.50:7912。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address; enter it like http://192.168.1.50:7912.</source>
        <translation>“%1”不是有效的地址；请按 http://192.168.1.50:7912 的格式输入。</translation>
    </message>
    <message>
        <source>The Spoolman address must start with http:// or https:// (got &quot;%1&quot;).</source>
        <translation>Spoolman 地址必须以 http:// 或 https:// 开头（收到的是“%1”）。</translation>
    </message>
    <message>
        <source>The Spoolman address &quot;%1&quot; has no host name; enter it like http://192.168.1.50:7912.</source>
        <translation>Spoolman 地址“%1”缺少主机名；请按 http://192.168.1.50:7912 的格式输入。</translation>
    </message>
    <message>
        <source>Remove the ?query or #fragment from the Spoolman address &quot;%1&quot;.</source>
        <translation>请从 Spoolman 地址“%1”中删除 ?查询 或 #片段 部分。</translation>
    </message>
    <message>
        <source>The location template is empty; use for example &quot;{printer} - AMS {unit} Slot {slot}&quot;.</source>
        <translation>位置模板为空；可使用例如“{printer} - AMS {unit} Slot {slot}”。</translation>
    </message>
    <message>
        <source>The location template uses the unknown placeholder {%1}; known placeholders are %2.</source>
        <translation>位置模板使用了未知占位符 {%1}；可用的占位符有 %2。</translation>
    </message>
    <message>
        <source>The location template has an unmatched brace; write placeholders like {slot}.</source>
        <translation>位置模板中有不成对的花括号；请按 {slot} 的形式书写占位符。</translation>
    </message>
    <message>
        <source>The location template must contain {slot}, otherwise all slots get the same location.</source>
        <translation>位置模板必须包含 {slot}，否则所有槽位都会得到相同的位置。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid HTTP header name; use letters, digits and dashes, for example X-Api-Key.</source>
        <translation>“%1”不是有效的 HTTP 头名称；请使用字母、数字和连字符，例如 X-Api-Key。</translation>
    </message>
    <message>
        <source>The file %1 does not exist; choose an existing file.</source>
        <translation>文件 %1 不存在；请选择一个存在的文件。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read; check its permissions.</source>
        <translation>无法读取文件 %1；请检查其权限。</translation>
    </message>
    <message>
        <source>The setting %1 must be true or false.</source>
        <translation>设置项 %1 必须为 true 或 false。</translation>
    </message>
    <message>
        <source>The setting %1 must be a whole number.</source>
        <translation>设置项 %1 必须是整数。</translation>
    </message>
    <message>
        <source>The setting %1 must be between %2 and %3 (got %4).</source>
        <translation>设置项 %1 必须介于 %2 和 %3 之间（收到的是 %4）。</translation>
    </message>
    <message>
        <source>The setting %1 must be text.</source>
        <translation>设置项 %1 必须是文本。</translation>
    </message>
    <message>
        <source>The setting %1 cannot be &quot;%2&quot;; use one of: %3.</source>
        <translation>设置项 %1 不能为“%2”；请使用以下值之一：%3。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SpoolProvisioner</name>
    <message>
        <source>Created by Spoolbridge from the AMS</source>
        <translation>由 Spoolbridge 根据 AMS 创建</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SpoolmanClient</name>
    <message>
        <source>No Spoolman URL is set — enter the address of your Spoolman, e.g. http://192.168.1.50:7912.</source>
        <translation>未设置 Spoolman URL——请输入您的 Spoolman 地址，例如 http://192.168.1.50:7912。</translation>
    </message>
    <message>
        <source>server information</source>
        <translation>服务器信息</translation>
    </message>
    <message>
        <source>a health report</source>
        <translation>健康状态报告</translation>
    </message>
    <message>
        <source>a vendor list</source>
        <translation>厂商列表</translation>
    </message>
    <message>
        <source>a vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>a filament list</source>
        <translation>耗材列表</translation>
    </message>
    <message>
        <source>a filament</source>
        <translation>耗材</translation>
    </message>
    <message>
        <source>a spool list</source>
        <translation>料盘列表</translation>
    </message>
    <message>
        <source>a spool</source>
        <translation>料盘</translation>
    </message>
    <message>
        <source>a list of extra fields</source>
        <translation>附加字段列表</translation>
    </message>
    <message>
        <source>a list of settings</source>
        <translation>设置列表</translation>
    </message>
    <message>
        <source>a setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>a list of locations</source>
        <translation>位置列表</translation>
    </message>
    <message>
        <source>a location name</source>
        <translation>位置名称</translation>
    </message>
    <message>
        <source>a list of SpoolmanDB filaments</source>
        <translation>SpoolmanDB 耗材列表</translation>
    </message>
    <message>
        <source>Spoolman already has a %1 field &quot;%2&quot; of type %3, but Spoolbridge needs type %4 — rename or delete that field in Spoolman&apos;s settings (Extra Fields).</source>
        <translation>Spoolman 已有类型为 %3 的 %1 字段“%2”，但 Spoolbridge 需要类型 %4——请在 Spoolman 的设置（Extra Fields）中重命名或删除该字段。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SpoolmanConfig</name>
    <message>
        <source>No Spoolman URL is set — enter the address of your Spoolman, e.g. http://192.168.1.50:7912.</source>
        <translation>未设置 Spoolman URL——请输入您的 Spoolman 地址，例如 http://192.168.1.50:7912。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Spoolman address — use http://host:port or https://host/path.</source>
        <translation>“%1”不是 Spoolman 地址——请使用 http://主机:端口 或 https://主机/路径。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SpoolmanErrors</name>
    <message>
        <source>Spoolman at %1 refused the connection — is it running and is the port right?</source>
        <translation>%1 处的 Spoolman 拒绝了连接——它是否在运行？端口是否正确？</translation>
    </message>
    <message>
        <source>The host of %1 could not be found — check the Spoolman URL.</source>
        <translation>找不到 %1 的主机——请检查 Spoolman URL。</translation>
    </message>
    <message>
        <source>Spoolman at %1 closed the connection without answering — check the port, and http:// versus https://.</source>
        <translation>%1 处的 Spoolman 未响应就关闭了连接——请检查端口，以及应使用 http:// 还是 https://。</translation>
    </message>
    <message>
        <source>Spoolman at %1 did not answer within %2 — is it running?</source>
        <translation>%1 处的 Spoolman 在 %2 内没有响应——它是否在运行？</translation>
    </message>
    <message>
        <source>%1 is not an http:// or https:// address — check the Spoolman URL.</source>
        <translation>%1 不是 http:// 或 https:// 地址——请检查 Spoolman URL。</translation>
    </message>
    <message>
        <source>Could not reach Spoolman at %1 (%2) — check the URL and the network.</source>
        <translation>无法访问 %1 处的 Spoolman（%2）——请检查 URL 和网络。</translation>
    </message>
    <message>
        <source>Spoolman refused the request because it carried an Origin header it does not trust; Spoolbridge sends none, so a reverse proxy must be adding it — remove it there or set SPOOLMAN_CORS_ORIGIN. Spoolman said: %1</source>
        <translation>Spoolman 拒绝了请求，因为其中带有它不信任的 Origin 头；Spoolbridge 不会发送该头，因此一定是反向代理添加的——请在代理中将其移除，或设置 SPOOLMAN_CORS_ORIGIN。Spoolman 返回：%1</translation>
    </message>
    <message>
        <source>The server at %1 refused access (HTTP %2) — check the reverse proxy&apos;s user name and password or header in the Spoolman settings.</source>
        <translation>%1 处的服务器拒绝访问（HTTP %2）——请在 Spoolman 设置中检查反向代理的用户名和密码或请求头。</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>返回信息：%1</translation>
    </message>
    <message>
        <source>Spoolman at %1 answered with an HTML page (HTTP %2) instead of Spoolman&apos;s API — check the URL and the reverse proxy.</source>
        <translation>%1 处的 Spoolman 返回了 HTML 页面（HTTP %2），而不是 Spoolman 的 API——请检查 URL 和反向代理。</translation>
    </message>
    <message>
        <source>Spoolman at %1 has no such API address (HTTP 404) — check the URL and any path prefix.</source>
        <translation>%1 处的 Spoolman 没有此 API 地址（HTTP 404）——请检查 URL 和路径前缀。</translation>
    </message>
    <message>
        <source>Spoolman at %1 failed with an internal error (HTTP 500) — check Spoolman&apos;s log.</source>
        <translation>%1 处的 Spoolman 发生内部错误（HTTP 500）——请查看 Spoolman 的日志。</translation>
    </message>
    <message>
        <source>Spoolman at %1 is unavailable (HTTP %2) — is it running behind its reverse proxy?</source>
        <translation>%1 处的 Spoolman 不可用（HTTP %2）——它是否在反向代理后面运行？</translation>
    </message>
    <message>
        <source>Spoolman at %1 answered HTTP %2 with something that is not Spoolman&apos;s JSON — check the URL and the reverse proxy.</source>
        <translation>%1 处的 Spoolman 返回了 HTTP %2，但内容不是 Spoolman 的 JSON——请检查 URL 和反向代理。</translation>
    </message>
    <message>
        <source>Spoolman at %1 failed with an internal error (HTTP %2) — check Spoolman&apos;s log.</source>
        <translation>%1 处的 Spoolman 发生内部错误（HTTP %2）——请查看 Spoolman 的日志。</translation>
    </message>
    <message>
        <source>Spoolman at %1 failed with an internal error (HTTP %2): %3 Check Spoolman&apos;s log.</source>
        <translation>%1 处的 Spoolman 发生内部错误（HTTP %2）：%3 请查看 Spoolman 的日志。</translation>
    </message>
    <message>
        <source>Spoolman at %1 has no such API address (HTTP 404) — check the URL, and update Spoolman if it is old.</source>
        <translation>%1 处的 Spoolman 没有此 API 地址（HTTP 404）——请检查 URL；如果 Spoolman 版本较旧，请更新。</translation>
    </message>
    <message>
        <source>Spoolman: %1</source>
        <translation>Spoolman：%1</translation>
    </message>
    <message>
        <source>Spoolman refused the request (HTTP %1).</source>
        <translation>Spoolman 拒绝了请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>Spoolman refused the request: %1</source>
        <translation>Spoolman 拒绝了请求：%1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Spoolman at %1 answered with %2 that Spoolbridge does not understand — is this address really Spoolman?</source>
        <translation>Spoolbridge 无法理解 %1 处 Spoolman 的响应（%2）——这个地址真的是 Spoolman 吗？</translation>
    </message>
    <message>
        <source>The secure connection to Spoolman at %1 failed (%2) — for a self-signed certificate, give its CA file in the Spoolman settings.</source>
        <translation>与 %1 处 Spoolman 的安全连接失败（%2）——如果使用自签名证书，请在 Spoolman 设置中提供其 CA 文件。</translation>
    </message>
    <message>
        <source>Spoolman at %1 redirected to a less secure address — use the final https:// address directly.</source>
        <translation>%1 处的 Spoolman 重定向到了安全性较低的地址——请直接使用最终的 https:// 地址。</translation>
    </message>
    <message>
        <source>Spoolman at %1 redirected too many times — check the URL and the reverse proxy.</source>
        <translation>%1 处的 Spoolman 重定向次数过多——请检查 URL 和反向代理。</translation>
    </message>
    <message>
        <source>Spoolman at %1 answered with something that is not JSON (HTTP %2) — check the URL and the reverse proxy.</source>
        <translation>%1 处的 Spoolman 返回的内容不是 JSON（HTTP %2）——请检查 URL 和反向代理。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SpoolmanEvents</name>
    <message>
        <source>Spoolman at %1 refused the live-update connection (HTTP %2) — check the reverse proxy&apos;s authentication, and that nothing adds an Origin header; retrying.</source>
        <translation>%1 处的 Spoolman 拒绝了实时更新连接（HTTP %2）——请检查反向代理的身份验证，并确认没有添加 Origin 头；正在重试。</translation>
    </message>
    <message>
        <source>Spoolman at %1 refused the live-update connection (HTTP %2) — check the URL and the reverse proxy&apos;s websocket support; retrying.</source>
        <translation>%1 处的 Spoolman 拒绝了实时更新连接（HTTP %2）——请检查 URL 以及反向代理对 WebSocket 的支持；正在重试。</translation>
    </message>
    <message>
        <source>Live updates from Spoolman at %1 failed (%2) — retrying.</source>
        <translation>来自 %1 处 Spoolman 的实时更新失败（%2）——正在重试。</translation>
    </message>
    <message>
        <source>no answer to a ping</source>
        <translation>ping 无响应</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SpoolmanStandin</name>
    <message>
        <source>Cannot open the stand-in database %1: %2</source>
        <translation>无法打开替代数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>无法在 %1 端口 %2 上侦听：%3</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SpoolmanUsageSink</name>
    <message>
        <source>Spoolman is not configured.</source>
        <translation>尚未配置 Spoolman。</translation>
    </message>
    <message>
        <source>No Spoolman spool carries the tag %1.</source>
        <translation>没有 Spoolman 料盘带有标签 %1。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SyncEngine</name>
    <message>
        <source>Spoolbridge could not register the &quot;tag&quot; field in Spoolman: %1</source>
        <translation>Spoolbridge 无法在 Spoolman 中注册“tag”字段：%1</translation>
    </message>
    <message>
        <source>%1 Spoolbridge syncs this printer again when Spoolman answers.</source>
        <translation>%1 Spoolman 响应后，Spoolbridge 会重新同步此打印机。</translation>
    </message>
    <message>
        <source>%1 Sync again once Spoolman answers.</source>
        <translation>%1 请在 Spoolman 响应后重新同步。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is empty: insert the spool before linking it.</source>
        <translation>%1 为空：请先装入料盘再关联。</translation>
    </message>
    <message>
        <source>Unlinked by you — link it to a Spoolman spool to sync it again.</source>
        <translation>已由您取消关联——将其关联到 Spoolman 料盘即可重新同步。</translation>
    </message>
    <message>
        <source>Non-Bambu Lab spool — link it manually</source>
        <translation>非 Bambu Lab 料盘——请手动关联</translation>
    </message>
    <message>
        <source>No Spoolman spool carries this RFID tag and automatic creation is off — link it manually or turn on automatic creation.</source>
        <translation>没有 Spoolman 料盘带有此 RFID 标签，且自动创建已关闭——请手动关联或开启自动创建。</translation>
    </message>
    <message>
        <source>could not create the Spoolman spool for RFID tag %1: %2</source>
        <translation>无法为 RFID 标签 %1 创建 Spoolman 料盘：%2</translation>
    </message>
    <message>
        <source>The linked Spoolman spool #%1 was deleted — link the slot again.</source>
        <translation>已关联的 Spoolman 料盘 #%1 已被删除——请重新关联该槽位。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::TlsContext</name>
    <message>
        <source>Could not set up TLS (OpenSSL failed to create a context).</source>
        <translation>无法设置 TLS（OpenSSL 无法创建上下文）。</translation>
    </message>
    <message>
        <source>Cannot read the CA certificate file %1: %2. Check the path in the printer settings.</source>
        <translation>无法读取 CA 证书文件 %1：%2。请检查打印机设置中的路径。</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate. Choose a CA certificate in PEM format.</source>
        <translation>文件 %1 中没有 PEM 证书。请选择 PEM 格式的 CA 证书。</translation>
    </message>
    <message>
        <source>The built-in CA certificates could not be loaded.</source>
        <translation>无法加载内置的 CA 证书。</translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint &quot;%1&quot; is not a SHA-256 fingerprint (64 hex digits).</source>
        <translation>固定的证书指纹“%1”不是 SHA-256 指纹（64 位十六进制数字）。</translation>
    </message>
    <message>
        <source>No trusted CA certificate is configured, so the server cannot be verified.</source>
        <translation>未配置受信任的 CA 证书，因此无法验证服务器。</translation>
    </message>
    <message>
        <source>the certificate does not match the pinned fingerprint</source>
        <translation>证书与固定的指纹不匹配</translation>
    </message>
    <message>
        <source>the certificate is issued to &quot;%1&quot;, not to &quot;%2&quot;</source>
        <translation>证书是为“%1”签发的，而不是“%2”</translation>
    </message>
    <message>
        <source>it is not issued by a trusted CA (%1)</source>
        <translation>它不是由受信任的 CA 签发的（%1）</translation>
    </message>
    <message>
        <source>it is outside its validity period (%1); check the computer&apos;s clock</source>
        <translation>它不在有效期内（%1）；请检查计算机的时钟</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::AddSpoolDialog</name>
    <message>
        <source> g</source>
        <translation> g</translation>
    </message>
    <message>
        <source>Add spool to Spoolman</source>
        <translation>将料盘添加到 Spoolman</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>&amp;Material:</source>
        <translation>材料(&amp;M)：</translation>
    </message>
    <message>
        <source>Colour preview</source>
        <translation>颜色预览</translation>
    </message>
    <message>
        <source>RRGGBB, e.g. 1E88E5</source>
        <translation>RRGGBB，例如 1E88E5</translation>
    </message>
    <message>
        <source>Colour as hex code</source>
        <translation>十六进制颜色代码</translation>
    </message>
    <message>
        <source>&amp;Pick…</source>
        <translation>选择(&amp;P)…</translation>
    </message>
    <message>
        <source>Pick a colour</source>
        <translation>选择颜色</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>颜色(&amp;C)：</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Name of the new vendor</source>
        <translation>新厂商的名称</translation>
    </message>
    <message>
        <source>New vendor name</source>
        <translation>新厂商名称</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>厂商(&amp;V)：</translation>
    </message>
    <message>
        <source>Optional, e.g. PLA Basic</source>
        <translation>可选，例如 PLA Basic</translation>
    </message>
    <message>
        <source>Filament name</source>
        <translation>耗材名称</translation>
    </message>
    <message>
        <source>Filament &amp;name:</source>
        <translation>耗材名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Initial filament weight</source>
        <translation>耗材初始重量</translation>
    </message>
    <message>
        <source>The weight of the filament on a full spool, without the spool itself.</source>
        <translation>满料盘上耗材的重量，不含料盘本身。</translation>
    </message>
    <message>
        <source>&amp;Initial weight:</source>
        <translation>初始重量(&amp;I)：</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Empty spool weight</source>
        <translation>空料盘重量</translation>
    </message>
    <message>
        <source>The weight of the empty spool, for weighing spools on a scale later.</source>
        <translation>空料盘的重量，用于以后用秤称量料盘。</translation>
    </message>
    <message>
        <source>&amp;Empty spool weight:</source>
        <translation>空料盘重量(&amp;E)：</translation>
    </message>
    <message>
        <source> per kg</source>
        <translation> /kg</translation>
    </message>
    <message>
        <source>Cost per kilogram</source>
        <translation>每千克成本</translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation>成本(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Add to Spoolman</source>
        <translation>添加到 Spoolman(&amp;A)</translation>
    </message>
    <message>
        <source>Creates a spool in Spoolman for &lt;b&gt;%1&lt;/b&gt; and links it.</source>
        <translation>在 Spoolman 中为 &lt;b&gt;%1&lt;/b&gt; 创建料盘并关联。</translation>
    </message>
    <message>
        <source>New vendor…</source>
        <translation>新厂商…</translation>
    </message>
    <message>
        <source>No valid colour yet</source>
        <translation>尚无有效颜色</translation>
    </message>
    <message>
        <source>Enter the material, for example PLA.</source>
        <translation>请输入材料，例如 PLA。</translation>
    </message>
    <message>
        <source>Enter the colour as six hex digits (RRGGBB), or pick it.</source>
        <translation>请以六位十六进制数字（RRGGBB）输入颜色，或直接选择。</translation>
    </message>
    <message>
        <source>Enter the new vendor&apos;s name, or choose an existing vendor.</source>
        <translation>请输入新厂商的名称，或选择现有厂商。</translation>
    </message>
    <message>
        <source>The empty spool weighs more than twice the filament — check both weights.</source>
        <translation>空料盘的重量超过耗材的两倍——请检查这两个重量。</translation>
    </message>
    <message>
        <source>A colour needs six hex digits (RRGGBB), e.g. 1E88E5.</source>
        <translation>颜色需要六位十六进制数字（RRGGBB），例如 1E88E5。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::AmsUnitWidget</name>
    <message>
        <source>Humidity</source>
        <translation>湿度</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Drying</source>
        <translation>烘干</translation>
    </message>
    <message>
        <source>Feeds nozzle</source>
        <translation>供料喷嘴</translation>
    </message>
    <message>
        <source>%1/5 · %2 %</source>
        <translation>%1/5 · %2%</translation>
    </message>
    <message>
        <source>%1/5</source>
        <translation>%1/5</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Humidity level %1 of 5 (5 = driest)</source>
        <translation>湿度等级 %1/5（5 = 最干燥）</translation>
    </message>
    <message>
        <source>Relative humidity</source>
        <translation>相对湿度</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>Drying · %1 left</source>
        <translation>烘干中 · 剩余 %1</translation>
    </message>
    <message>
        <source>The unit is drying its filament</source>
        <translation>该单元正在烘干耗材</translation>
    </message>
    <message>
        <source>This unit feeds the %1</source>
        <translation>此单元为%1供料</translation>
    </message>
    <message>
        <source>External spools</source>
        <translation>外置料盘</translation>
    </message>
    <message>
        <source>External spool</source>
        <translation>外置料盘</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::AppSettingsPage</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies after Spoolbridge restarts.</source>
        <translation>新语言将在 Spoolbridge 重启后生效。</translation>
    </message>
    <message>
        <source>Start Spoolbridge when I &amp;log in</source>
        <translation>登录时启动 Spoolbridge(&amp;L)</translation>
    </message>
    <message>
        <source>Start &amp;minimised to the system tray</source>
        <translation>启动时最小化到系统托盘(&amp;M)</translation>
    </message>
    <message>
        <source>This desktop has no system tray; the window starts minimised instead.</source>
        <translation>此桌面没有系统托盘；窗口将改为最小化启动。</translation>
    </message>
    <message>
        <source>Notify me about</source>
        <translation>通知我</translation>
    </message>
    <message>
        <source>Sync &amp;errors</source>
        <translation>同步错误(&amp;E)</translation>
    </message>
    <message>
        <source>Low &amp;filament (below the low-stock threshold)</source>
        <translation>耗材不足(&amp;F)（低于低库存阈值）</translation>
    </message>
    <message>
        <source>A printer going &amp;offline</source>
        <translation>打印机离线(&amp;O)</translation>
    </message>
    <message>
        <source>Spools loaded or &amp;unloaded (including unlinked spools)</source>
        <translation>料盘装入或取出(&amp;U)（包括未关联的料盘）</translation>
    </message>
    <message>
        <source>&amp;Finished prints and usage waiting for Spoolman</source>
        <translation>打印完成及等待发送到 Spoolman 的用量(&amp;F)</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::ConnectionTestWidget</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Test the connection to Spoolman</source>
        <translation>测试与 Spoolman 的连接</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>正在测试连接</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>连接测试结果</translation>
    </message>
    <message>
        <source>Enter Spoolman&apos;s address first.</source>
        <translation>请先输入 Spoolman 的地址。</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <translation>正在联系 %1…</translation>
    </message>
    <message>
        <source>Spoolman at %1 cannot be used — check the address and try again.</source>
        <translation>无法使用 %1 处的 Spoolman——请检查地址后重试。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;Connected&lt;/b&gt;&lt;/span&gt; to Spoolman %2 at %3.</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;已连接&lt;/b&gt;&lt;/span&gt;到位于 %3 的 Spoolman %2。</translation>
    </message>
    <message>
        <source>Round trip: %1 ms</source>
        <translation>往返时间：%1 ms</translation>
    </message>
    <message>
        <source>Spools are looked up by tag on the server.</source>
        <translation>料盘通过标签在服务器上查找。</translation>
    </message>
    <message>
        <source>Spools are found by reading the whole list (Spoolman older than 0.25).</source>
        <translation>通过读取整个列表查找料盘（Spoolman 低于 0.25）。</translation>
    </message>
    <message>
        <source>Extra fields to register on the first sync: %1</source>
        <translation>首次同步时要注册的附加字段：%1</translation>
    </message>
    <message>
        <source>Extra fields present: %1</source>
        <translation>已有的附加字段：%1</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::EnvironmentChartView</name>
    <message>
        <source>AMS humidity and temperature</source>
        <translation>AMS 湿度和温度</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单元(&amp;U)：</translation>
    </message>
    <message>
        <source>AMS unit</source>
        <translation>AMS 单元</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时间段(&amp;P)：</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Solid lines: humidity · dashed lines: temperature</source>
        <translation>实线：湿度 · 虚线：温度</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Humidity (%)</source>
        <translation>湿度（%）</translation>
    </message>
    <message>
        <source>Temperature (°C)</source>
        <translation>温度（°C）</translation>
    </message>
    <message>
        <source>Humidity and temperature chart</source>
        <translation>湿度和温度图表</translation>
    </message>
    <message>
        <source>No climate data yet</source>
        <translation>尚无温湿度数据</translation>
    </message>
    <message>
        <source>Humidity and temperature of each AMS unit are recorded once a minute while the printer is connected, and kept for a week.</source>
        <translation>打印机连接期间，每个 AMS 单元的湿度和温度每分钟记录一次，并保留一周。</translation>
    </message>
    <message>
        <source>AMS %1</source>
        <translation>AMS %1</translation>
    </message>
    <message>
        <source>AMS climate</source>
        <translation>AMS 温湿度</translation>
    </message>
    <message>
        <source>AMS climate · %1</source>
        <translation>AMS 温湿度 · %1</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>所有单元</translation>
    </message>
    <message>
        <source>%1 humidity</source>
        <translation>%1 湿度</translation>
    </message>
    <message>
        <source>%1 temperature</source>
        <translation>%1 温度</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::ErrorLabel</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::FirstRunWizard</name>
    <message>
        <source>Welcome to Spoolbridge</source>
        <translation>欢迎使用 Spoolbridge</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>首次启动</translation>
    </message>
    <message>
        <source>Your printer</source>
        <translation>您的打印机</translation>
    </message>
    <message>
        <source>Choose a printer found on your network, or enter its details.</source>
        <translation>请选择在您网络中找到的打印机，或输入其信息。</translation>
    </message>
    <message>
        <source>Printers in &lt;b&gt;LAN mode&lt;/b&gt; found on your network:</source>
        <translation>在您的网络中找到的&lt;b&gt;局域网模式&lt;/b&gt;打印机：</translation>
    </message>
    <message>
        <source>Printers found on your network</source>
        <translation>在您的网络中找到的打印机</translation>
    </message>
    <message>
        <source>Search &amp;again</source>
        <translation>重新搜索(&amp;A)</translation>
    </message>
    <message>
        <source>Printer name</source>
        <translation>打印机名称</translation>
    </message>
    <message>
        <source>Workshop X1C</source>
        <translation>工作室 X1C</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation>打印机地址</translation>
    </message>
    <message>
        <source>192.168.1.60</source>
        <translation>192.168.1.60</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>On the printer&apos;s screen under Settings → Device</source>
        <translation>在打印机屏幕的“设置 → 设备”中</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>序列号(&amp;S)：</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>访问码</translation>
    </message>
    <message>
        <source>The printer only lets Spoolbridge in with its LAN access code.</source>
        <translation>打印机只允许 Spoolbridge 使用其局域网访问码连接。</translation>
    </message>
    <message>
        <source>Find the 8-character code on the printer&apos;s screen: &lt;b&gt;Settings → Network → Access Code&lt;/b&gt; (X1, P1) or &lt;b&gt;Settings → LAN Only Mode&lt;/b&gt; (A1). It changes when you turn LAN mode off and on.</source>
        <translation>8 位访问码可在打印机屏幕上找到：&lt;b&gt;设置 → 网络 → 访问码&lt;/b&gt;（X1、P1）或&lt;b&gt;设置 → 仅局域网模式&lt;/b&gt;（A1）。关闭再开启局域网模式后，访问码会改变。</translation>
    </message>
    <message>
        <source>A&amp;ccess code:</source>
        <translation>访问码(&amp;C)：</translation>
    </message>
    <message>
        <source>S&amp;how the code</source>
        <translation>显示访问码(&amp;H)</translation>
    </message>
    <message>
        <source>The code is kept in your system&apos;s keychain, not in the settings file.</source>
        <translation>访问码保存在系统密钥环中，而不是设置文件中。</translation>
    </message>
    <message>
        <source>The access code has 8 characters.</source>
        <translation>访问码为 8 个字符。</translation>
    </message>
    <message>
        <source>Spoolman</source>
        <translation>Spoolman</translation>
    </message>
    <message>
        <source>Where your Spoolman inventory runs. Leave it empty to set it up later.</source>
        <translation>您的 Spoolman 库存所在位置。留空可稍后再设置。</translation>
    </message>
    <message>
        <source>Spoolman address</source>
        <translation>Spoolman 地址</translation>
    </message>
    <message>
        <source>http://192.168.1.50:7912</source>
        <translation>http://192.168.1.50:7912</translation>
    </message>
    <message>
        <source>Enter Spoolman&apos;s address first, for example http://192.168.1.50:7912.</source>
        <translation>请先输入 Spoolman 的地址，例如 http://192.168.1.50:7912。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Bambu Lab printer</source>
        <translation>Bambu Lab 打印机</translation>
    </message>
    <message>
        <source>Searching… Printers in LAN mode announce themselves every few seconds. You can also enter the address and serial number below.</source>
        <translation>正在搜索… 局域网模式下的打印机每隔几秒会广播一次。您也可以在下方输入地址和序列号。</translation>
    </message>
    <message numerus="yes">
        <source>%n printer(s) found. Choose one, or enter another below.</source>
        <translation>
            <numerusform>找到 %n 台打印机。请选择一台，或在下方输入其他打印机。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::HistoryView</name>
    <message>
        <source>%1 g</source>
        <translation>%1 g</translation>
    </message>
    <message>
        <source>Usage history</source>
        <translation>用量历史</translation>
    </message>
    <message>
        <source>Print jobs and filament used</source>
        <translation>打印任务和耗材用量</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Job / spool</source>
        <translation>任务 / 料盘</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>测量方式</translation>
    </message>
    <message>
        <source>Spoolman</source>
        <translation>Spoolman</translation>
    </message>
    <message>
        <source>No prints recorded yet</source>
        <translation>尚未记录打印</translation>
    </message>
    <message>
        <source>When a print finishes, the filament it used is recorded here per spool and written to Spoolman. You can undo an entry if it was wrong.</source>
        <translation>打印完成后，所用耗材会按料盘记录在此处并写入 Spoolman。如果条目有误，可以撤销。</translation>
    </message>
    <message>
        <source>3MF</source>
        <translation>3MF</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>AMS remain</source>
        <translation>AMS 余量</translation>
    </message>
    <message>
        <source>Grams per filament from the print file (3MF), scaled by how far the print got.</source>
        <translation>来自打印文件（3MF）的每种耗材克数，按打印进度折算。</translation>
    </message>
    <message>
        <source>The print&apos;s total weight scaled by its progress (no per-filament data was available).</source>
        <translation>打印总重量按进度折算（没有按耗材的数据）。</translation>
    </message>
    <message>
        <source>The drop of the AMS remaining-filament estimate times the spool weight (least exact).</source>
        <translation>AMS 剩余耗材估算值的下降乘以料盘重量（最不精确）。</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Spool #%1</source>
        <translation>料盘 #%1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo the usage of %1</source>
        <translation>撤销 %1 的用量</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Recorded; written to Spoolman as soon as it can be reached.</source>
        <translation>已记录；Spoolman 可访问后将立即写入。</translation>
    </message>
    <message>
        <source>Already undone.</source>
        <translation>已撤销。</translation>
    </message>
    <message>
        <source>Give the grams of this print back to the spools.</source>
        <translation>将此次打印的克数退还给料盘。</translation>
    </message>
    <message>
        <source>Undo usage?</source>
        <translation>撤销用量？</translation>
    </message>
    <message>
        <source>Give %1 back to the spools used by “%2” on %3?</source>
        <translation>将 %1 退还给“%2”在 %3 使用的料盘？</translation>
    </message>
    <message>
        <source>The usage has not reached Spoolman yet; it will not be sent.</source>
        <translation>用量尚未送达 Spoolman；将不会发送。</translation>
    </message>
    <message>
        <source>Spoolman&apos;s remaining weight goes up by the same amount.</source>
        <translation>Spoolman 中的剩余重量会增加相同的量。</translation>
    </message>
    <message>
        <source>Undo usage</source>
        <translation>撤销用量</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::InventoryModel</name>
    <message>
        <source>%1 · #%2</source>
        <translation>%1 · #%2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>未装入</translation>
    </message>
    <message>
        <source>%1 · low</source>
        <translation>%1 · 偏低</translation>
    </message>
    <message>
        <source>Below the low-stock threshold of %1 g.</source>
        <translation>低于 %1 g 的低库存阈值。</translation>
    </message>
    <message>
        <source>Spool</source>
        <translation>料盘</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Loaded in</source>
        <translation>装入位置</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::InventoryView</name>
    <message>
        <source>Inventory</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Filter by spool, material, vendor, printer or location</source>
        <translation>按料盘、材料、厂商、打印机或位置筛选</translation>
    </message>
    <message>
        <source>Filter inventory</source>
        <translation>筛选库存</translation>
    </message>
    <message>
        <source>L&amp;oaded only</source>
        <translation>仅显示已装入(&amp;O)</translation>
    </message>
    <message>
        <source>Lo&amp;w stock only</source>
        <translation>仅显示低库存(&amp;W)</translation>
    </message>
    <message>
        <source>Spools</source>
        <translation>料盘</translation>
    </message>
    <message>
        <source>No spools yet</source>
        <translation>尚无料盘</translation>
    </message>
    <message>
        <source>Spools from Spoolman that are linked to your printers appear here, with what is loaded where and how much is left.</source>
        <translation>与您的打印机关联的 Spoolman 料盘会显示在这里，包括装在何处以及剩余多少。</translation>
    </message>
    <message numerus="yes">
        <source>%n spool(s)</source>
        <translation>
            <numerusform>%n 个料盘</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n loaded</source>
        <translation>
            <numerusform> · %n 个已装入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n low (under %1 g)</source>
        <translation>
            <numerusform> · %n 个偏低（低于 %1 g）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n shown</source>
        <translation>
            <numerusform> · 显示 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::Labels</name>
    <message>
        <source>AMS</source>
        <translation>AMS</translation>
    </message>
    <message>
        <source>AMS Lite</source>
        <translation>AMS Lite</translation>
    </message>
    <message>
        <source>AMS 2 Pro</source>
        <translation>AMS 2 Pro</translation>
    </message>
    <message>
        <source>AMS HT</source>
        <translation>AMS HT</translation>
    </message>
    <message>
        <source>External</source>
        <translation>外置</translation>
    </message>
    <message>
        <source>External L</source>
        <translation>外置左</translation>
    </message>
    <message>
        <source>External R</source>
        <translation>外置右</translation>
    </message>
    <message>
        <source>Left nozzle</source>
        <translation>左喷嘴</translation>
    </message>
    <message>
        <source>Right nozzle</source>
        <translation>右喷嘴</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>打印中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>连接问题</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>已关联</translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation>未关联</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Bambu Lab</source>
        <translation>Bambu Lab</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>通用</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::LinkSpoolDialog</name>
    <message>
        <source>Link to a Spoolman spool</source>
        <translation>关联到 Spoolman 料盘</translation>
    </message>
    <message>
        <source>Filter by name, vendor, material or location</source>
        <translation>按名称、厂商、材料或位置筛选</translation>
    </message>
    <message>
        <source>Filter spools</source>
        <translation>筛选料盘</translation>
    </message>
    <message>
        <source>Unlinked spools</source>
        <translation>未关联的料盘</translation>
    </message>
    <message>
        <source>No unlinked spools in Spoolman</source>
        <translation>Spoolman 中没有未关联的料盘</translation>
    </message>
    <message>
        <source>Every spool in Spoolman is already linked to a slot. Add this spool to Spoolman instead, or unlink a spool you no longer use.</source>
        <translation>Spoolman 中的每个料盘都已关联到槽位。请改为将此料盘添加到 Spoolman，或取消关联不再使用的料盘。</translation>
    </message>
    <message>
        <source>No spool matches the filter. Clear it to see every unlinked spool.</source>
        <translation>没有料盘符合筛选条件。清除筛选即可查看所有未关联的料盘。</translation>
    </message>
    <message>
        <source>Loading spools from Spoolman…</source>
        <translation>正在从 Spoolman 加载料盘…</translation>
    </message>
    <message>
        <source>Loading spools</source>
        <translation>正在加载料盘</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>关联(&amp;L)</translation>
    </message>
    <message>
        <source>Link the selected spool</source>
        <translation>关联所选料盘</translation>
    </message>
    <message>
        <source>Choose the Spoolman spool that is loaded in &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>请选择装在 &lt;b&gt;%1&lt;/b&gt; 中的 Spoolman 料盘。</translation>
    </message>
    <message numerus="yes">
        <source>%n unlinked spool(s)</source>
        <translation>
            <numerusform>%n 个未关联的料盘</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 spools shown</source>
        <translation>显示 %1 个料盘，共 %2 个</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n match(es) this slot</source>
        <translation>
            <numerusform>%1 · %n 个与此槽位匹配</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::MainWindow</name>
    <message>
        <source>Spoolbridge</source>
        <translation>Spoolbridge</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>No printers yet</source>
        <translation>尚无打印机</translation>
    </message>
    <message>
        <source>Add a Bambu Lab printer and your Spoolman server in Settings to keep your AMS slots and your inventory in sync.</source>
        <translation>在设置中添加 Bambu Lab 打印机和您的 Spoolman 服务器，即可让 AMS 槽位与库存保持同步。</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>打开设置</translation>
    </message>
    <message>
        <source>AMS slots</source>
        <translation>AMS 槽位</translation>
    </message>
    <message>
        <source>No sync has run yet</source>
        <translation>尚未进行同步</translation>
    </message>
    <message>
        <source>Press Sync now, or load a spool while auto sync is on. Synced, skipped and failed spools will be listed here with the reason for each.</source>
        <translation>点击“立即同步”，或在自动同步开启时装入料盘。已同步、已跳过和失败的料盘将连同各自的原因显示在这里。</translation>
    </message>
    <message>
        <source>Sync results</source>
        <translation>同步结果</translation>
    </message>
    <message>
        <source>No inventory loaded</source>
        <translation>未加载库存</translation>
    </message>
    <message>
        <source>Once Spoolman is connected, the spools it holds and where they are loaded appear here.</source>
        <translation>连接 Spoolman 后，其中的料盘及其装载位置会显示在这里。</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>No usage recorded yet</source>
        <translation>尚未记录用量</translation>
    </message>
    <message>
        <source>Every finished print adds the grams it used per spool here, including whether Spoolman has received them.</source>
        <translation>每次打印完成后，都会在此按料盘记录所用克数，并显示 Spoolman 是否已接收。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Not enough data for charts</source>
        <translation>数据不足，无法生成图表</translation>
    </message>
    <message>
        <source>Charts of filament use per day, material and printer appear after the first recorded prints.</source>
        <translation>记录首批打印后，将显示按日期、材料和打印机统计的耗材用量图表。</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Spoolman not configured</source>
        <translation>未配置 Spoolman</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Match every loaded spool with Spoolman now</source>
        <translation>立即将每个已装入的料盘与 Spoolman 匹配</translation>
    </message>
    <message>
        <source>Auto: sync whenever the AMS changes</source>
        <translation>自动：AMS 每次变化时同步</translation>
    </message>
    <message>
        <source>Manual: sync only with Sync now</source>
        <translation>手动：仅在点击“立即同步”时同步</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Filter printers</source>
        <translation>筛选打印机</translation>
    </message>
    <message>
        <source>Filter printers by name or model</source>
        <translation>按名称或型号筛选打印机</translation>
    </message>
    <message>
        <source>Auto sync</source>
        <translation>自动同步</translation>
    </message>
    <message>
        <source>Manual sync</source>
        <translation>手动同步</translation>
    </message>
    <message>
        <source>Sync mode: Auto. Spools are synced whenever the AMS changes.</source>
        <translation>同步模式：自动。AMS 每次变化时都会同步料盘。</translation>
    </message>
    <message>
        <source>Sync mode: Manual. Spools are synced only when you press Sync now.</source>
        <translation>同步模式：手动。仅在您点击“立即同步”时才同步料盘。</translation>
    </message>
    <message>
        <source>Spool UUID copied to the clipboard</source>
        <translation>料盘 UUID 已复制到剪贴板</translation>
    </message>
    <message>
        <source>Spoolman status: %1</source>
        <translation>Spoolman 状态：%1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Cannot open the spool: set your Spoolman server&apos;s address in Settings first.</source>
        <translation>无法打开料盘：请先在设置中填写 Spoolman 服务器的地址。</translation>
    </message>
    <message>
        <source>Could not open %1: no web browser is set up on this system.</source>
        <translation>无法打开 %1：此系统上未设置网页浏览器。</translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <translation>%1 · %2%</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>未知型号</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::PrinterEditDialog</name>
    <message>
        <source>Add printer</source>
        <translation>添加打印机</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Found on your network:</source>
        <translation>在您的网络中找到：</translation>
    </message>
    <message>
        <source>Printers found on your network</source>
        <translation>在您的网络中找到的打印机</translation>
    </message>
    <message>
        <source>Search &amp;again</source>
        <translation>重新搜索(&amp;A)</translation>
    </message>
    <message>
        <source>Printer name</source>
        <translation>打印机名称</translation>
    </message>
    <message>
        <source>Workshop X1C</source>
        <translation>工作室 X1C</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;LAN (direct, needs the access code)</source>
        <translation>局域网(&amp;L)（直连，需要访问码）</translation>
    </message>
    <message>
        <source>Bambu &amp;cloud</source>
        <translation>Bambu 云(&amp;C)</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>连接：</translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation>打印机地址</translation>
    </message>
    <message>
        <source>192.168.1.60</source>
        <translation>192.168.1.60</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>00M09A123456789</source>
        <translation>00M09A123456789</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>序列号(&amp;S)：</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>访问码</translation>
    </message>
    <message>
        <source>Shown on the printer&apos;s screen under Settings → Network (LAN only mode).</source>
        <translation>显示在打印机屏幕的“设置 → 网络”（仅局域网模式）中。</translation>
    </message>
    <message>
        <source>A&amp;ccess code:</source>
        <translation>访问码(&amp;C)：</translation>
    </message>
    <message>
        <source>Edit printer</source>
        <translation>编辑打印机</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 (%4)</source>
        <translation>%1 · %2 · %3（%4）</translation>
    </message>
    <message>
        <source>Bambu Lab printer</source>
        <translation>Bambu Lab 打印机</translation>
    </message>
    <message>
        <source>No printer answered yet. Printers in LAN mode announce themselves every few seconds; you can also enter the address yourself.</source>
        <translation>尚无打印机响应。局域网模式下的打印机每隔几秒会广播一次；您也可以自行输入地址。</translation>
    </message>
    <message>
        <source>Choose a printer to fill in its address and serial number.</source>
        <translation>选择一台打印机以填入其地址和序列号。</translation>
    </message>
    <message>
        <source>Enter the printer&apos;s access code (on its screen under Settings → Network).</source>
        <translation>请输入打印机的访问码（位于其屏幕的“设置 → 网络”中）。</translation>
    </message>
    <message>
        <source>The access code has 8 characters; check it on the printer&apos;s screen.</source>
        <translation>访问码为 8 个字符；请在打印机屏幕上核对。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::PrinterView</name>
    <message>
        <source>This printer has not reported an AMS or an external spool yet.</source>
        <translation>此打印机尚未报告 AMS 或外置料盘。</translation>
    </message>
    <message>
        <source>Job progress</source>
        <translation>任务进度</translation>
    </message>
    <message>
        <source>Printer %1</source>
        <translation>打印机 %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>连接：%1</translation>
    </message>
    <message>
        <source>Unknown model</source>
        <translation>未知型号</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (last known)</source>
        <translation>%1（最后已知）</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Layer %1 of %2</source>
        <translation>第 %1 层，共 %2 层</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Ready for the next print</source>
        <translation>可以开始下一次打印</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::PrintersSettingsPage</name>
    <message>
        <source>Printers Spoolbridge connects to. In LAN mode it talks to the printer directly and needs the access code shown on the printer&apos;s screen.</source>
        <translation>Spoolbridge 连接的打印机。在局域网模式下，它直接与打印机通信，需要打印机屏幕上显示的访问码。</translation>
    </message>
    <message>
        <source>Configured printers</source>
        <translation>已配置的打印机</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>LAN %1</source>
        <translation>局域网 %1</translation>
    </message>
    <message>
        <source>Bambu cloud</source>
        <translation>Bambu 云</translation>
    </message>
    <message>
        <source>Bambu Lab printer</source>
        <translation>Bambu Lab 打印机</translation>
    </message>
    <message>
        <source>%1
%2 · %3 · %4</source>
        <translation>%1
%2 · %3 · %4</translation>
    </message>
    <message>
        <source>Two printers have the serial number %1; remove one of them.</source>
        <translation>有两台打印机的序列号都是 %1；请移除其中一台。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::SettingsDialog</name>
    <message>
        <source>Spoolbridge Settings</source>
        <translation>Spoolbridge 设置</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Settings message</source>
        <translation>设置消息</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>设置页面</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>A password or access code could not be stored: %1</source>
        <translation>无法保存密码或访问码：%1</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::SlotCard</name>
    <message>
        <source>Press Enter to show details and Spoolman actions for this slot.</source>
        <translation>按 Enter 键显示此槽位的详细信息和 Spoolman 操作。</translation>
    </message>
    <message>
        <source>Multicolour</source>
        <translation>多色</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>槽位 %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>%1 percent left</source>
        <translation>剩余百分之 %1</translation>
    </message>
    <message>
        <source>remaining amount unknown</source>
        <translation>剩余量未知</translation>
    </message>
    <message>
        <source>linked to Spoolman spool %1</source>
        <translation>已关联到 Spoolman 料盘 %1</translation>
    </message>
    <message>
        <source>not linked to Spoolman</source>
        <translation>未关联到 Spoolman</translation>
    </message>
    <message>
        <source>skipped by sync</source>
        <translation>同步时已跳过</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>无预设</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::SlotHoverCard</name>
    <message>
        <source>Slot details</source>
        <translation>槽位详情</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>K factor</source>
        <translation>K 值</translation>
    </message>
    <message>
        <source>Fill level</source>
        <translation>余量</translation>
    </message>
    <message>
        <source>Spoolman</source>
        <translation>Spoolman</translation>
    </message>
    <message>
        <source>Copy spool UUID</source>
        <translation>复制料盘 UUID</translation>
    </message>
    <message>
        <source>Copy the full spool UUID to the clipboard</source>
        <translation>将完整的料盘 UUID 复制到剪贴板</translation>
    </message>
    <message>
        <source>Spool UUID</source>
        <translation>料盘 UUID</translation>
    </message>
    <message>
        <source>Open in Spoolman</source>
        <translation>在 Spoolman 中打开</translation>
    </message>
    <message>
        <source>Link to Spoolman</source>
        <translation>关联到 Spoolman</translation>
    </message>
    <message>
        <source>Add to Spoolman</source>
        <translation>添加到 Spoolman</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <source>Remove this slot&apos;s tag from the Spoolman spool</source>
        <translation>从 Spoolman 料盘中移除此槽位的标签</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Unknown filament</source>
        <translation>未知耗材</translation>
    </message>
    <message>
        <source>%1 · Empty</source>
        <translation>%1 · 空</translation>
    </message>
    <message>
        <source>No spool in this slot</source>
        <translation>此槽位中没有料盘</translation>
    </message>
    <message>
        <source>Linked to Spoolman spool #%1</source>
        <translation>已关联到 Spoolman 料盘 #%1</translation>
    </message>
    <message>
        <source>Not linked to Spoolman</source>
        <translation>未关联到 Spoolman</translation>
    </message>
    <message>
        <source>Skipped by sync</source>
        <translation>同步时已跳过</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>%1 · in use</source>
        <translation>%1 · 使用中</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>Multicolour (%n colours)</source>
        <translation>
            <numerusform>多色（%n 种颜色）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  #%2</source>
        <translation>%1  #%2</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Unknown (not reported for this spool)</source>
        <translation>未知（此料盘未报告）</translation>
    </message>
    <message>
        <source>%1 left · spool #%2</source>
        <translation>剩余 %1 · 料盘 #%2</translation>
    </message>
    <message>
        <source>Spool #%1</source>
        <translation>料盘 #%1</translation>
    </message>
    <message>
        <source>Spool UUID %1</source>
        <translation>料盘 UUID %1</translation>
    </message>
    <message>
        <source>Details for slot %1</source>
        <translation>槽位 %1 的详情</translation>
    </message>
    <message>
        <source>Spoolman is not set up. Add your Spoolman server in Settings to link this spool.</source>
        <translation>尚未设置 Spoolman。请在设置中添加您的 Spoolman 服务器以关联此料盘。</translation>
    </message>
    <message>
        <source>Not checked against Spoolman yet. Press Sync now to look this spool up.</source>
        <translation>尚未与 Spoolman 核对。点击“立即同步”以查找此料盘。</translation>
    </message>
    <message>
        <source>Spoolman has no unlinked spools to link to. Use Add to Spoolman to create one.</source>
        <translation>Spoolman 中没有可关联的未关联料盘。请使用“添加到 Spoolman”创建一个。</translation>
    </message>
    <message>
        <source>Pick one of Spoolman&apos;s unlinked spools for this slot</source>
        <translation>为此槽位选择 Spoolman 中一个未关联的料盘</translation>
    </message>
    <message>
        <source>Open spool #%1 in Spoolman in your browser</source>
        <translation>在浏览器中打开 Spoolman 料盘 #%1</translation>
    </message>
    <message>
        <source>Create a new Spoolman spool for this filament and link it</source>
        <translation>为此耗材新建 Spoolman 料盘并关联</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::SpoolRowText</name>
    <message>
        <source>Spool #%1</source>
        <translation>料盘 #%1</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>%1 g</source>
        <translation>%1 g</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::SpoolmanSettingsPage</name>
    <message>
        <source>http://192.168.1.50:7912</source>
        <translation>http://192.168.1.50:7912</translation>
    </message>
    <message>
        <source>Spoolman address</source>
        <translation>Spoolman 地址</translation>
    </message>
    <message>
        <source>Spoolman&apos;s address, with a path if it runs behind a reverse proxy. Leave empty to use Spoolbridge without Spoolman.</source>
        <translation>Spoolman 的地址；如果它运行在反向代理之后，请包含路径。留空则不使用 Spoolman。</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>身份验证</translation>
    </message>
    <message>
        <source>None (Spoolman itself has no login)</source>
        <translation>无（Spoolman 本身没有登录）</translation>
    </message>
    <message>
        <source>Header (API key of a reverse proxy)</source>
        <translation>请求头（反向代理的 API 密钥）</translation>
    </message>
    <message>
        <source>User name and password (basic)</source>
        <translation>用户名和密码（Basic）</translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation>身份验证(&amp;U)：</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>请求头名称</translation>
    </message>
    <message>
        <source>X-Api-Key</source>
        <translation>X-Api-Key</translation>
    </message>
    <message>
        <source>Header value</source>
        <translation>请求头值</translation>
    </message>
    <message>
        <source>Header &amp;name:</source>
        <translation>请求头名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Header &amp;value:</source>
        <translation>请求头值(&amp;V)：</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>U&amp;ser name:</source>
        <translation>用户名(&amp;S)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>超时（秒）</translation>
    </message>
    <message>
        <source>How long to wait for an answer before giving up.</source>
        <translation>放弃前等待响应的时长。</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>超时(&amp;T)：</translation>
    </message>
    <message>
        <source>Only for a self-signed https certificate</source>
        <translation>仅用于自签名的 https 证书</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA 证书文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>选择 CA 证书文件</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>CA 证书(&amp;C)：</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer *.der);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Spoolman</source>
        <translation>Spoolman</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with http:// or https:// — Spoolman is reached over HTTP, e.g. http://192.168.1.50:7912.</source>
        <translation>“%1”不是以 http:// 或 https:// 开头——Spoolman 通过 HTTP 访问，例如 http://192.168.1.50:7912。</translation>
    </message>
    <message>
        <source>Enter Spoolman&apos;s address first, for example http://192.168.1.50:7912.</source>
        <translation>请先输入 Spoolman 的地址，例如 http://192.168.1.50:7912。</translation>
    </message>
    <message>
        <source>Enter the user name the reverse proxy expects, or choose no authentication.</source>
        <translation>请输入反向代理要求的用户名，或选择不进行身份验证。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::SyncResultsView</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Sync results</source>
        <translation>同步结果</translation>
    </message>
    <message>
        <source>Sync mode</source>
        <translation>同步模式</translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation>正在同步</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>No sync yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>The results of each sync appear here: how many spools were synced or created, which were skipped and why, and any errors. Press Sync now to start one.</source>
        <translation>每次同步的结果会显示在这里：同步或创建了多少料盘、跳过了哪些及原因，以及任何错误。点击“立即同步”开始同步。</translation>
    </message>
    <message>
        <source>Spools synced</source>
        <translation>已同步的料盘</translation>
    </message>
    <message>
        <source>Spools created</source>
        <translation>已创建的料盘</translation>
    </message>
    <message>
        <source>Spools skipped</source>
        <translation>已跳过的料盘</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Skipped spools</source>
        <translation>已跳过的料盘</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Sync errors</source>
        <translation>同步错误</translation>
    </message>
    <message>
        <source>Recent syncs</source>
        <translation>最近的同步</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Spools created in Spoolman</source>
        <translation>在 Spoolman 中创建的料盘</translation>
    </message>
    <message>
        <source>Latest sync: %1 · %2</source>
        <translation>最近一次同步：%1 · %2</translation>
    </message>
    <message>
        <source>Sync of %1 · %2</source>
        <translation>%1 的同步 · %2</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>已同步</translation>
    </message>
    <message>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>%1 · #%2</source>
        <translation>%1 · #%2</translation>
    </message>
    <message>
        <source>Skipped spools: none</source>
        <translation>已跳过的料盘：无</translation>
    </message>
    <message>
        <source>Errors: none</source>
        <translation>错误：无</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Mode: &lt;b&gt;Auto&lt;/b&gt; — syncs whenever the AMS changes</source>
        <translation>模式：&lt;b&gt;自动&lt;/b&gt;——AMS 每次变化时同步</translation>
    </message>
    <message>
        <source>Mode: &lt;b&gt;Manual&lt;/b&gt; — syncs only when you press Sync now</source>
        <translation>模式：&lt;b&gt;手动&lt;/b&gt;——仅在您点击“立即同步”时同步</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::SyncSettingsPage</name>
    <message>
        <source>Workshop X1C</source>
        <translation>工作室 X1C</translation>
    </message>
    <message>
        <source>When to sync</source>
        <translation>何时同步</translation>
    </message>
    <message>
        <source>&amp;Auto — whenever the AMS changes (recommended)</source>
        <translation>自动(&amp;A)——AMS 每次变化时（推荐）</translation>
    </message>
    <message>
        <source>&amp;Manual — only when you press Sync now</source>
        <translation>手动(&amp;M)——仅在您点击“立即同步”时</translation>
    </message>
    <message>
        <source>Location template</source>
        <translation>位置模板</translation>
    </message>
    <message>
        <source>Placeholders: {printer}, {unit}, {slot}, {serial}, {model}</source>
        <translation>占位符：{printer}、{unit}、{slot}、{serial}、{model}</translation>
    </message>
    <message>
        <source>Location preview</source>
        <translation>位置预览</translation>
    </message>
    <message>
        <source>&amp;Location in Spoolman:</source>
        <translation>Spoolman 中的位置(&amp;L)：</translation>
    </message>
    <message>
        <source>Home location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>e.g. Shelf 2 (empty = clear the location)</source>
        <translation>例如 货架 2（留空 = 清除位置）</translation>
    </message>
    <message>
        <source>Where a spool goes in Spoolman when it leaves the AMS.</source>
        <translation>料盘离开 AMS 后在 Spoolman 中的位置。</translation>
    </message>
    <message>
        <source>&amp;Home location:</source>
        <translation>存放位置(&amp;H)：</translation>
    </message>
    <message>
        <source> g</source>
        <translation> g</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Low-stock threshold in grams</source>
        <translation>低库存阈值（克）</translation>
    </message>
    <message>
        <source>Low-stock &amp;threshold:</source>
        <translation>低库存阈值(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Create missing Bambu Lab spools in Spoolman</source>
        <translation>在 Spoolman 中创建缺失的 Bambu Lab 料盘(&amp;C)</translation>
    </message>
    <message>
        <source>Link spools by their RFID &amp;tag automatically</source>
        <translation>通过 RFID 标签自动关联料盘(&amp;T)</translation>
    </message>
    <message>
        <source>Move spools to the home location when they &amp;leave the AMS</source>
        <translation>料盘离开 AMS 时移至存放位置(&amp;L)</translation>
    </message>
    <message>
        <source>How used filament is measured</source>
        <translation>耗材用量的测量方式</translation>
    </message>
    <message>
        <source>Per &amp;print (recommended)</source>
        <translation>按打印(&amp;P)（推荐）</translation>
    </message>
    <message>
        <source>Reads the grams per filament from the print file when a print ends and subtracts them from each spool — the slicer&apos;s figures, close to the gram. A cancelled print counts the part that was printed.</source>
        <translation>打印结束时从打印文件中读取每种耗材的克数，并从各料盘中扣除——采用切片软件的数据，精确到克左右。取消的打印按已打印的部分计算。</translation>
    </message>
    <message>
        <source>AMS &amp;estimate</source>
        <translation>AMS 估算(&amp;E)</translation>
    </message>
    <message>
        <source>Copies the AMS&apos;s remaining-percentage estimate to Spoolman. Works without print files, but only for Bambu Lab spools and only in steps of about 10 g; it may overwrite weights you measured yourself.</source>
        <translation>将 AMS 的剩余百分比估算复制到 Spoolman。无需打印文件即可工作，但仅适用于 Bambu Lab 料盘，且精度约为 10 g；可能会覆盖您自己称量的重量。</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Preview: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>预览：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::TrayController</name>
    <message>
        <source>&amp;Open Spoolbridge</source>
        <translation>打开 Spoolbridge(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pause sync</source>
        <translation>暂停同步(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Spoolbridge — in sync</source>
        <translation>Spoolbridge — 已同步</translation>
    </message>
    <message>
        <source>Spoolbridge — syncing…</source>
        <translation>Spoolbridge — 正在同步…</translation>
    </message>
    <message>
        <source>Spoolbridge — needs attention</source>
        <translation>Spoolbridge — 需要处理</translation>
    </message>
    <message>
        <source>Spoolbridge — sync paused</source>
        <translation>Spoolbridge — 同步已暂停</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Resume &amp;sync</source>
        <translation>恢复同步(&amp;S)</translation>
    </message>
    <message>
        <source>Low filament on %1</source>
        <translation>%1 耗材不足</translation>
    </message>
    <message>
        <source>%1 has about %2 g left. Have a new spool ready.</source>
        <translation>%1 剩余约 %2 g。请准备好新料盘。</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <source>Sync failed for %1</source>
        <translation>%1 同步失败</translation>
    </message>
    <message>
        <source>Unlinked spool on %1</source>
        <translation>%1 上有未关联的料盘</translation>
    </message>
    <message>
        <source>%1 (%2) is not linked to Spoolman. Open Spoolbridge to link it or add it.</source>
        <translation>%1（%2）未关联到 Spoolman。请打开 Spoolbridge 进行关联或添加。</translation>
    </message>
    <message>
        <source>Usage waiting for Spoolman</source>
        <translation>用量等待发送到 Spoolman</translation>
    </message>
    <message numerus="yes">
        <source>%n print(s) could not be written to Spoolman yet; Spoolbridge keeps trying. %1</source>
        <translation>
            <numerusform>%n 次打印尚未能写入 Spoolman；Spoolbridge 会继续尝试。%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::UnlinkedSpoolModel</name>
    <message>
        <source>%1 — matches this slot</source>
        <translation>%1 — 与此槽位匹配</translation>
    </message>
    <message>
        <source>Same material and a similar colour as the filament in this slot.</source>
        <translation>与此槽位中的耗材材料相同、颜色相近。</translation>
    </message>
    <message>
        <source>Unknown vendor</source>
        <translation>未知厂商</translation>
    </message>
    <message>
        <source>No location</source>
        <translation>无位置</translation>
    </message>
    <message>
        <source>Spool</source>
        <translation>料盘</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::UsageLedger</name>
    <message>
        <source>Spoolbridge ledger</source>
        <translation>Spoolbridge 用量记录</translation>
    </message>
    <message>
        <source>Spoolman did not accept the ledger field: %1</source>
        <translation>Spoolman 未接受记录字段：%1</translation>
    </message>
    <message>
        <source>No spool in Spoolman carries the tag %1 yet; the usage is charged as soon as one does.</source>
        <translation>Spoolman 中还没有料盘带有标签 %1；一旦有料盘带有该标签，就会扣减用量。</translation>
    </message>
    <message>
        <source>Spool #%1 no longer exists in Spoolman. Pick the spool to charge %2 g to, or discard the entry.</source>
        <translation>Spoolman 中已不存在料盘 #%1。请选择要扣减 %2 g 的料盘，或丢弃该条目。</translation>
    </message>
    <message>
        <source>Spool #%1 in Spoolman no longer carries the tag %2 (its id was reused or the tag edited). Pick the spool to charge %3 g to.</source>
        <translation>Spoolman 中的料盘 #%1 已不再带有标签 %2（其 ID 被重复使用或标签被修改）。请选择要扣减 %3 g 的料盘。</translation>
    </message>
    <message>
        <source>Spool #%1 in Spoolman was deleted and its id given to another spool. Pick the spool to charge %2 g to.</source>
        <translation>Spoolman 中的料盘 #%1 已被删除，其 ID 已分配给另一个料盘。请选择要扣减 %2 g 的料盘。</translation>
    </message>
    <message>
        <source>The %1 field of spool #%2 was edited and cannot be read. Clear it in Spoolman, then retry.</source>
        <translation>料盘 #%2 的 %1 字段已被修改，无法读取。请在 Spoolman 中清空该字段，然后重试。</translation>
    </message>
    <message>
        <source>Already applied before an interruption (confirmed by the spool&apos;s ledger field).</source>
        <translation>已在中断前应用（由料盘的记录字段确认）。</translation>
    </message>
    <message>
        <source>Applied before an interruption (used weight moved by exactly this entry).</source>
        <translation>已在中断前应用（已用重量的变化恰好等于此条目）。</translation>
    </message>
    <message>
        <source>Spoolbridge was interrupted while charging %1 g to spool #%2, and other changes (%3 g in total since) make it impossible to tell whether the charge arrived. Check the spool, then choose &quot;already applied&quot; or &quot;apply again&quot;.</source>
        <translation>Spoolbridge 在向料盘 #%2 扣减 %1 g 时被中断，之后的其他变更（共 %3 g）使其无法判断扣减是否已生效。请检查料盘，然后选择“已应用”或“重新应用”。</translation>
    </message>
    <message>
        <source>Nothing to give back: Spoolman shows no use on this spool.</source>
        <translation>无可退还：Spoolman 显示此料盘没有用量。</translation>
    </message>
    <message>
        <source>The %1 field was removed from Spoolman; it is registered again and the usage sent then.</source>
        <translation>%1 字段已从 Spoolman 中移除；将重新注册该字段，然后发送用量。</translation>
    </message>
    <message>
        <source>Spool #%1 is changing constantly; trying again later.</source>
        <translation>料盘 #%1 在不断变化；稍后重试。</translation>
    </message>
    <message>
        <source>Spoolman refused the change to spool #%1: %2</source>
        <translation>Spoolman 拒绝了对料盘 #%1 的更改：%2</translation>
    </message>
    <message>
        <source>Spoolman is not reachable; the usage is kept and sent later.</source>
        <translation>无法访问 Spoolman；用量已保留，稍后发送。</translation>
    </message>
    <message>
        <source>The folder %1 for the usage ledger cannot be created. Check the permissions.</source>
        <translation>无法创建用量记录的文件夹 %1。请检查权限。</translation>
    </message>
    <message>
        <source>The usage ledger is not open, so the usage was not recorded.</source>
        <translation>用量记录未打开，因此未记录用量。</translation>
    </message>
    <message>
        <source>The usage could not be written to the ledger: %1</source>
        <translation>无法将用量写入记录：%1</translation>
    </message>
    <message>
        <source>There is no usage entry %1.</source>
        <translation>不存在用量条目 %1。</translation>
    </message>
    <message>
        <source>Entry %1 is itself an undo; record the usage again instead of undoing it.</source>
        <translation>条目 %1 本身就是撤销；请重新记录用量，而不是撤销它。</translation>
    </message>
    <message>
        <source>Entry %1 is already undone.</source>
        <translation>条目 %1 已撤销。</translation>
    </message>
    <message>
        <source>The ledger could not be updated: %1</source>
        <translation>无法更新记录：%1</translation>
    </message>
    <message>
        <source>Entry %1 needs attention first: %2</source>
        <translation>条目 %1 需要先处理：%2</translation>
    </message>
    <message>
        <source>The undo could not be written to the ledger: %1</source>
        <translation>无法将撤销写入记录：%1</translation>
    </message>
    <message>
        <source>Only an entry that needs attention can be given another spool.</source>
        <translation>只有需要处理的条目才能改为其他料盘。</translation>
    </message>
    <message>
        <source>Give the Spoolman spool id or the spool&apos;s tag to charge the entry to.</source>
        <translation>请提供要扣减此条目的 Spoolman 料盘 ID 或料盘标签。</translation>
    </message>
    <message>
        <source>The spool could not be assigned: %1</source>
        <translation>无法分配料盘：%1</translation>
    </message>
    <message>
        <source>Only an entry that needs attention can be resolved.</source>
        <translation>只有需要处理的条目才能解决。</translation>
    </message>
    <message>
        <source>Confirmed as applied by a person.</source>
        <translation>已由人工确认为已应用。</translation>
    </message>
    <message>
        <source>To be applied again, as a person decided.</source>
        <translation>按人工决定重新应用。</translation>
    </message>
    <message>
        <source>Only an entry that needs attention, or one never sent, can be discarded.</source>
        <translation>只有需要处理或从未发送的条目才能丢弃。</translation>
    </message>
    <message>
        <source>Discarded by a person.</source>
        <translation>已由人工丢弃。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::UsagePipeline</name>
    <message>
        <source>the printer&apos;s address or access code is not set, so its 3MF was not read</source>
        <translation>未设置打印机的地址或访问码，因此未读取其 3MF</translation>
    </message>
    <message>
        <source>The job&apos;s 3MF could not be fetched: %1</source>
        <translation>无法获取任务的 3MF：%1</translation>
    </message>
    <message>
        <source>No filament use could be charged for &quot;%1&quot;: %2</source>
        <translation>无法为“%1”扣减耗材用量：%2</translation>
    </message>
</context>
<context>
    <name>UsageCalculator</name>
    <message>
        <source>The job stopped without reporting how far it got, so the slicer&apos;s estimate was not charged.</source>
        <translation>任务停止时未报告进度，因此未扣减切片软件估算的用量。</translation>
    </message>
    <message>
        <source>plate %1, filament %2: %3 g</source>
        <translation>盘 %1，耗材 %2：%3 g</translation>
    </message>
    <message>
        <source>plate %1, filament %2: %3 g × %4 %</source>
        <translation>盘 %1，耗材 %2：%3 g × %4%</translation>
    </message>
    <message>
        <source>Filament %1 (%2 g) was not mapped to any slot; assign a spool to charge it.</source>
        <translation>耗材 %1（%2 g）未映射到任何槽位；请分配料盘以扣减用量。</translation>
    </message>
    <message>
        <source>, %1 % of it from this spool</source>
        <translation>，其中 %1% 来自此料盘</translation>
    </message>
    <message>
        <source>Slot %1 holds another spool than at the start of the job, so its remaining percentage says nothing about the usage.</source>
        <translation>槽位 %1 中的料盘与任务开始时不同，因此其剩余百分比无法反映用量。</translation>
    </message>
    <message>
        <source>The spool in slot %1 has no known filament weight, so its %2 % drop cannot be turned into grams.</source>
        <translation>槽位 %1 中料盘的耗材重量未知，因此无法将其 %2% 的下降换算为克数。</translation>
    </message>
    <message>
        <source>remaining %1 % → %2 % of %3 g</source>
        <translation>剩余 %1% → %2%，共 %3 g</translation>
    </message>
    <message>
        <source>No usage could be determined for this job: the 3MF was not available and the AMS reported no change in remaining filament.</source>
        <translation>无法确定此任务的用量：3MF 不可用，且 AMS 未报告剩余耗材的变化。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Keeps Bambu Lab AMS slots and a Spoolman inventory in sync.</source>
        <translation>让拓竹（Bambu Lab）打印机的 AMS 槽位与 Spoolman 库存保持同步。</translation>
    </message>
    <message>
        <source>Show the demo: a simulated printer and a built-in Spoolman.</source>
        <translation>显示演示：模拟的打印机和内置的 Spoolman。</translation>
    </message>
    <message>
        <source>Start in the tray without showing the window.</source>
        <translation>启动到系统托盘，不显示窗口。</translation>
    </message>
</context>
</TS>
