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

  it('not when no item of its own numbering follows it', async () => {
    const a = await analyzeText(LAMP.replace('1.2.1 设备信息', '3. 设备信息').replace('1.2.2 位置信息', '4. 位置信息'), 'ledlamp.txt');
    expect(a.sections.map((s) => s.heading)).not.toContain('您在使用服务过程中,我们获取的信息');
  });
});
