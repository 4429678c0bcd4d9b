// Headings of round 39's fresh blind batch AL (the pages' own words): a numbered title with a comma, its own items numbered
// under it.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers';

const LAMP = ['LED LAMP隐私政策', '', '一. 我们如何搜集和使用您的信息?', '1. 我们如何搜集您的信息?', '1.1 您提供的信息',
  '• 1.1.1 您在注册账户或使用我们的服务时,向我们提供的相关个人信息,例如您的姓名、电子邮件地址、电话号码等信息。',
  '1.2 您在使用服务过程中,我们获取的信息',
  '我们会收集您使用的服务以及使用方式的信息,如您使用 LED LAMP 的时长、次数以及您使用的功能,并在需要时将这些信息关联至您的账户。',
  '1.2.1 设备信息:我们会根据您在软件安装及/或使用授权的具体权限,接收并记录您所使用的设备相关信息,例如您的设备型号、操作系统版本信息。',
  '1.2.2 位置信息', '当您开启设备定位功能并使用我们基于位置提供的相关服务时,我们会收集您的位置信息,以便为您提供附近的设备连接服务。',
  '2. 我们如何使用您的信息', '我们会将收集的信息用于向您提供灯具控制服务,并改进我们的产品。', ''].join('\n');

describe('a numbered title with a comma whose own items follow it', () => {
  it('LED LAMP: `1.2 您在使用服务过程中,我们获取的信息` after the heading `1.1` and over `1.2.1 …` is a heading', async () => {
    const a = await analyzeText(LAMP, 'ledlamp.txt');
    const title = a.sections.find((s) => s.heading === '您在使用服务过程中,我们获取的信息');
    expect(title?.number).toBe('1.2');
    expect(a.sections.find((s) => s.heading === '位置信息')!.parent).toBe(title!.id);
  });

  it('not when no item of its own numbering follows it and it reads as a clause (`…,我们会获取您的信息`)', async () => {
    const lamp = LAMP.replace('我们获取的信息', '我们会获取您的信息').replace('1.2.1 设备信息', '3. 设备信息').replace('1.2.2 位置信息', '4. 位置信息');
    const a = await analyzeText(lamp, 'ledlamp.txt');
    expect(a.sections.map((s) => s.heading)).not.toContain('您在使用服务过程中,我们会获取您的信息');
  });
});

describe('a title the template opens with `我们`, its body run in after a space', () => {
  it('围棋宝典: `2、我们为保护个人信息采取的其他安全措施 (1)…` is a heading beside `1、数据安全技术措施 …`', async () => {
    const a = await analyzeText(['隐私政策', '', '四、我们如何保护和保存您的个人信息',
      '(三)我们非常重视个人信息安全,成立了专门的安全团队,并采取一切合理可行的措施,保护您的个人信息。',
      '1、数据安全技术措施 我们会采用符合业界标准的安全防护措施,包括建立合理的制度规范、安全技术来防止您的个人信息遭到未经授权的访问使用、修改。',
      '2、我们为保护个人信息采取的其他安全措施 (1)我们通过建立数据分类分级制度、数据安全管理规范、数据安全开发规范来管理规范个人信息的存储和使用。',
      '(2)我们仅允许有必要知晓这些个人信息的员工访问您的个人信息,并为此设置了严格的访问权限控制和监控机制。',
      '3、互联网并非绝对安全的环境,而且电子邮件、即时通讯与其他用户的交流方式并未加密,我们强烈建议您不要通过此类方式发送个人信息。', ''].join('\n'), 'weiqi.html');
    const other = a.sections.find((s) => s.heading === '我们为保护个人信息采取的其他安全措施');
    expect(other?.number).toBe('2、');
    expect(other?.parent).toBe(a.sections.find((s) => s.heading === '数据安全技术措施')!.parent);
  });
});

